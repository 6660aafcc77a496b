import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { userKeys } from './keys';

type Change = { displayName?: string; role?: 'admin' | 'staff' | 'province' | 'viewer'; provinceIso?: string | null; active?: boolean };

export const updateUser = async ({ id, ...json }: Change & { id: number }) => unwrap(await api.api.users[':id'].$patch({ param: { id: String(id) }, json }));

export const resetPassword = async (id: number) => unwrap(await api.api.users[':id'].password.$post({ param: { id: String(id) } }));

export const useUpdateUser = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateUser, onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }) });
};

export const useResetPassword = () => useMutation({ mutationFn: resetPassword });
