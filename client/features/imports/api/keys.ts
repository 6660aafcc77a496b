/** The imports feature's query and mutation keys. */
export const importKeys = {
  all: ['imports'] as const,
  create: () => [...importKeys.all, 'create'] as const,
};
