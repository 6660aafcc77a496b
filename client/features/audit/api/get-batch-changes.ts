import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { auditKeys } from './keys';

/** An import batch's changes with names, units and outcomes (the audit module's readable view). */
export const getBatchChanges = async (id: number) => unwrap(await api.api.audit.batches[':id'].$get({ param: { id: String(id) } }));

export const batchChangesQueryOptions = (id: number) => queryOptions({ queryKey: auditKeys.batch(id), queryFn: () => getBatchChanges(id) });

export const useBatchChanges = (id: number | null) => useQuery({ ...batchChangesQueryOptions(id ?? 0), enabled: id !== null });
