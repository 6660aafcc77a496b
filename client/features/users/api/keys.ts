/** The users feature's query keys. */
export const userKeys = {
  all: ['users'] as const,
};
