import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from '../../../lib/api';
import { authKeys, isAuthQuery } from './keys';

export const signIn = async (body: { username: string; password: string }) => {
  const me = await unwrap(await api.api.auth.login.$post({ json: body }));
  setCsrfToken(me.csrfToken);
  return me;
};

export const useSignIn = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => {
      qc.removeQueries({ predicate: (q) => !isAuthQuery(q.queryKey) }); // nothing from another account stays cached
      qc.setQueryData(authKeys.me(), me);
    },
  });
};
