import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from '../../../lib/api';
import { authKeys } from './keys';

export const signOut = async () => unwrap(await api.api.auth.logout.$post());

export const useSignOut = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(authKeys.me(), null);
    },
  });
};
