/** The audit feature's query keys: one page of the trail per filter set, a batch's changes, the indicator filter's options. */

/** The trail's filters, as the page keeps them in the URL. */
export interface AuditQuery {
  action?: string;
  actor?: string;
  province?: string;
  indicator?: string;
  from?: string;
  to?: string;
  offset?: number;
}

export const auditKeys = {
  all: ['audit'] as const,
  page: (q: AuditQuery) => [...auditKeys.all, q] as const,
  batch: (id: number) => [...auditKeys.all, 'batch', id] as const,
  indicatorOptions: () => [...auditKeys.all, 'indicator-options'] as const,
};
