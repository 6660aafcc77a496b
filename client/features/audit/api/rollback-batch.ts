import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { isAccountQuery } from '../../../api/keys';

export const rollbackBatch = async (id: number) => unwrap(await api.api.imports[':id'].rollback.$post({ param: { id: String(id) } }));

/** Rolling back changes results: every cached view is refetched. */
export const useRollbackBatch = () => {
  const qc = useQueryClient();
  // Every query but the signed-in account's: a rollback can change any data.
  return useMutation({ mutationFn: rollbackBatch, onSuccess: () => qc.invalidateQueries({ predicate: (q) => !isAccountQuery(q.queryKey) }) });
};
