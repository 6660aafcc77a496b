import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export const rollbackBatch = async (id: number) => unwrap(await api.api.imports[':id'].rollback.$post({ param: { id: String(id) } }));

/** Rolling back changes results: every cached view is refetched. */
export const useRollbackBatch = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: rollbackBatch, onSuccess: () => qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' }) });
};
