import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { authKeys } from './keys';

export const changePassword = async (body: { currentPassword: string; newPassword: string }) => unwrap(await api.api.auth.password.$post({ json: body }));

export const useChangePassword = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: changePassword, onSuccess: () => qc.invalidateQueries({ queryKey: authKeys.me() }) });
};
