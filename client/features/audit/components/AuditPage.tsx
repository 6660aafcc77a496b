/** The audit trail in words: filters, one row per entry (a bulk action is one), export, pages. */
import { useI18n } from '../../../app/i18n';
import { EmptyState, QueryStatus } from '../../../components/QueryState';
import { useSearchParams } from '../../../lib/router';
import { AUDIT_PAGE_SIZE, useAudit, type AuditQuery } from '../api/get-audit';
import { AuditEntryRow } from './AuditEntryRow';
import { AuditFilters } from './AuditFilters';
import { TableHead } from '../../../components/TableHead';

export function AuditPage({ canRollback }: { canRollback: boolean }) {
  const i18n = useI18n();
  const t = i18n.t.audit;
  const [params, setParams] = useSearchParams();
  const filters: AuditQuery = {
    action: params.get('action') ?? '',
    actor: params.get('actor') ?? '',
    province: params.get('province') ?? '',
    indicator: params.get('indicator') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    offset: Number(params.get('offset') ?? 0) || 0,
  };
  const offset = filters.offset ?? 0;
  const audit = useAudit(filters);
  const set = (k: keyof AuditQuery, v: string) => setParams({ [k]: v || null, offset: null });

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t.title}</h1>
      <p>{t.intro}</p>
      <AuditFilters filters={filters} set={set} />
      <QueryStatus query={audit} />
      {audit.data && audit.data.rows.length === 0 && <EmptyState title={t.empty} next="" />}
      {audit.data && audit.data.rows.length > 0 && (
        <>
          <p>{t.total(i18n.num(audit.data.total, 0))}</p>
          <table className="audit-table">
            <TableHead columns={[t.when, t.actor, t.what, t.detail]} />
            <tbody>
              {audit.data.rows.map((r) => (
                <AuditEntryRow key={r.id} entry={r} canRollback={canRollback} />
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label="pages">
            <button type="button" disabled={offset === 0} onClick={() => setParams({ offset: String(Math.max(0, offset - AUDIT_PAGE_SIZE)) })}>
              {t.prev}
            </button>
            <button type="button" disabled={offset + AUDIT_PAGE_SIZE >= audit.data.total} onClick={() => setParams({ offset: String(offset + AUDIT_PAGE_SIZE) })}>
              {t.next}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
