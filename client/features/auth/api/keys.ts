/** The auth feature's query keys: the signed-in account. Everything else in the cache belongs to an account. */
export const authKeys = {
  all: ['auth'] as const,
  me: () => ['auth', 'me'] as const,
};

/** True for the account's own queries (kept across a sign-in; everything else is dropped). */
export const isAuthQuery = (key: readonly unknown[]) => key[0] === authKeys.all[0];
