import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export interface AuditQuery {
  action?: string;
  actor?: string;
  province?: string;
  from?: string;
  to?: string;
  offset?: number;
}

const PAGE = 50;

export const getAudit = async (q: AuditQuery) => {
  const query: Record<string, string> = { limit: String(PAGE), offset: String(q.offset ?? 0) };
  for (const k of ['action', 'actor', 'province', 'from', 'to'] as const) if (q[k]) query[k] = q[k]!;
  return unwrap(await api.api.audit.$get({ query }));
};

export const auditQueryOptions = (q: AuditQuery) => queryOptions({ queryKey: ['audit', q], queryFn: () => getAudit(q), placeholderData: keepPreviousData });

export const useAudit = (q: AuditQuery) => useQuery(auditQueryOptions(q));

export const AUDIT_PAGE_SIZE = PAGE;
