/** The audit feature's query keys: one page of the trail per filter set, a batch's changes, the indicator filter's options. */
import type { AuditQuery } from './get-audit';

export const auditKeys = {
  all: ['audit'] as const,
  page: (q: AuditQuery) => [...auditKeys.all, q] as const,
  batch: (id: number) => [...auditKeys.all, 'batch', id] as const,
  indicatorOptions: () => [...auditKeys.all, 'indicator-options'] as const,
};
