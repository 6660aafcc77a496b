import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { userKeys } from './keys';

type Body = { username: string; displayName: string; role: 'admin' | 'staff' | 'province' | 'viewer'; provinceIso?: string | null };

export const createUser = async (json: Body) => unwrap(await api.api.users.$post({ json }));

export const useCreateUser = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }) });
};
