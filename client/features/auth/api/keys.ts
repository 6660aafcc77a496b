/** The auth feature's query keys: the signed-in account. Everything else in the cache belongs to an account. */
import { accountKeyRoot, isAccountQuery } from '../../../api/keys';

export const authKeys = {
  all: accountKeyRoot,
  me: () => [...accountKeyRoot, 'me'] as const,
};

/** True for the account's own queries (kept across a sign-in; everything else is dropped). */
export const isAuthQuery = isAccountQuery;
