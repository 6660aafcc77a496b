import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiRequestError, setCsrfToken, unwrap } from '../../../lib/api';
import { takePreloaded } from '../../../lib/preload';
import { authKeys } from './keys';

/** The signed-in user, or null when signed out (401 is an answer here, not an error). */
export const getMe = async () => {
  try {
    const me = await unwrap(await api.api.auth.me.$get());
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e) {
    if (e instanceof ApiRequestError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
};

export type Me = NonNullable<Awaited<ReturnType<typeof getMe>>>;

/** The page's preloaded `me` (null: signed out), with its CSRF token taken as a fetched one would be. */
function preloadedMe(): Me | null | undefined {
  const me = takePreloaded<Me | null>('/api/auth/me');
  if (me !== undefined) setCsrfToken(me?.csrfToken ?? null);
  return me;
}

export const meQueryOptions = () => queryOptions({ queryKey: authKeys.me(), queryFn: getMe, staleTime: 5 * 60_000, initialData: preloadedMe });

export const useMe = () => useQuery(meQueryOptions());
