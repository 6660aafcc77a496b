import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { auditKeys, type AuditQuery } from './keys';

export type { AuditQuery };

const PAGE = 50;
const filterKeys = ['action', 'actor', 'province', 'indicator', 'from', 'to'] as const;

/** The filters as query parameters (for the list and the export alike). */
export function auditFilterParams(q: AuditQuery): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of filterKeys) if (q[k]) out[k] = q[k]!;
  return out;
}

export const getAudit = async (q: AuditQuery) => unwrap(await api.api.audit.$get({ query: { limit: String(PAGE), offset: String(q.offset ?? 0), ...auditFilterParams(q) } }));

export const auditQueryOptions = (q: AuditQuery) => queryOptions({ queryKey: auditKeys.page(q), queryFn: () => getAudit(q), placeholderData: keepPreviousData });

export const useAudit = (q: AuditQuery) => useQuery(auditQueryOptions(q));

/** The export's URL: a plain link, so the browser downloads the file itself. */
export const auditExportUrl = (q: AuditQuery, format: 'csv' | 'xlsx') => `/api/audit/export?${new URLSearchParams({ format, ...auditFilterParams(q) })}`;

export const AUDIT_PAGE_SIZE = PAGE;
