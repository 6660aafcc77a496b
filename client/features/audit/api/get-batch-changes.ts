import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export const getBatchChanges = async (id: number) => unwrap(await api.api.imports[':id'].changes.$get({ param: { id: String(id) } }));

export const batchChangesQueryOptions = (id: number) => queryOptions({ queryKey: ['imports', id, 'changes'], queryFn: () => getBatchChanges(id) });

export const useBatchChanges = (id: number | null) => useQuery({ ...batchChangesQueryOptions(id ?? 0), enabled: id !== null });
