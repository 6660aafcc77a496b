/** The audit trail with filters; import batches expand to their value-by-value changes and can be rolled back. */
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { EmptyState, Loading, QueryStatus } from '../../../components/QueryState';
import { ApiRequestError } from '../../../lib/api';
import { useSearchParams } from '../../../lib/router';
import { AUDIT_PAGE_SIZE, useAudit } from '../api/get-audit';
import { useBatchChanges } from '../api/get-batch-changes';
import { useRollbackBatch } from '../api/rollback-batch';

const show = (v: unknown) => (v == null ? '–' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function AuditPage({ canRollback }: { canRollback: boolean }) {
  const i18n = useI18n();
  const t = i18n.t.audit;
  const [params, setParams] = useSearchParams();
  const filters = {
    action: params.get('action') ?? '',
    actor: params.get('actor') ?? '',
    province: params.get('province') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    offset: Number(params.get('offset') ?? 0) || 0,
  };
  const audit = useAudit(filters);
  const [open, setOpen] = useState<number | null>(null);
  const set = (k: string, v: string) => setParams({ [k]: v || null, offset: null });

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t.title}</h1>
      <p>{t.intro}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t.action}
          <select value={filters.action} onChange={(e) => set('action', e.target.value)}>
            <option value="">{t.any}</option>
            {Object.entries(t.actions).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.actor}
          <input value={filters.actor} onChange={(e) => set('actor', e.target.value)} />
        </label>
        <label>
          {t.province}
          <input value={filters.province} placeholder="TH-15" pattern="TH-\d{2}" onChange={(e) => set('province', e.target.value.toUpperCase())} />
        </label>
        <label>
          {t.from}
          <input type="date" value={filters.from} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          {t.to}
          <input type="date" value={filters.to} onChange={(e) => set('to', e.target.value)} />
        </label>
      </form>
      <QueryStatus query={audit} />
      {audit.data && audit.data.rows.length === 0 && <EmptyState title={t.empty} next="" />}
      {audit.data && audit.data.rows.length > 0 && (
        <>
          <p>{t.total(i18n.num(audit.data.total, 0))}</p>
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.actor}</th>
                <th scope="col">{t.what}</th>
                <th scope="col">{t.detail}</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.rows.map((r) => (
                <tr key={r.id}>
                  <td>{i18n.date(r.at)}</td>
                  <td>{r.actorUsername}</td>
                  <td>
                    {t.actions[r.action] ?? r.action}
                    {r.provinceIso && <> · {r.provinceIso}</>}
                  </td>
                  <td>
                    {r.before != null && (
                      <div>
                        {t.before}: <code>{show(r.before)}</code>
                      </div>
                    )}
                    {r.after != null && (
                      <div>
                        {t.after}: <code>{show(r.after)}</code>
                      </div>
                    )}
                    {r.action === 'import.commit' && r.batchId !== null && (
                      <BatchTools batchId={r.batchId} open={open === r.id} onToggle={() => setOpen(open === r.id ? null : r.id)} canRollback={canRollback} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label="pages">
            <button type="button" disabled={filters.offset === 0} onClick={() => setParams({ offset: String(Math.max(0, filters.offset - AUDIT_PAGE_SIZE)) })}>
              {t.prev}
            </button>
            <button type="button" disabled={filters.offset + AUDIT_PAGE_SIZE >= audit.data.total} onClick={() => setParams({ offset: String(filters.offset + AUDIT_PAGE_SIZE) })}>
              {t.next}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}

function BatchTools({ batchId, open, onToggle, canRollback }: { batchId: number; open: boolean; onToggle: () => void; canRollback: boolean }) {
  const i18n = useI18n();
  const t = i18n.t.audit;
  const changes = useBatchChanges(open ? batchId : null);
  const rollback = useRollbackBatch();
  const error = rollback.error instanceof ApiRequestError ? (i18n.lang === 'th' ? rollback.error.messageTh : rollback.error.message) : rollback.error?.message;
  return (
    <div className="batch-tools">
      <button type="button" aria-expanded={open} onClick={onToggle}>
        {open ? t.hideChanges : t.showChanges}
      </button>
      {canRollback && (
        <button type="button" disabled={rollback.isPending || rollback.isSuccess} onClick={() => window.confirm(t.confirmRollback) && rollback.mutate(batchId)}>
          {t.rollback}
        </button>
      )}
      {rollback.isSuccess && <p role="status">{t.rolledBack}</p>}
      {error && <p role="alert">{error}</p>}
      {open && changes.isPending && <Loading />}
      {open && changes.data && (
        <ul>
          {changes.data.changes.slice(0, 200).map((ch, i) => (
            <li key={i}>
              {ch.iso} {ch.indicatorCode}
              {ch.component ? ` (${ch.component})` : ''} {ch.round ? `${ch.year}/${ch.round}` : ch.year}: <code>{show(ch.before)}</code> → <code>{show(ch.after)}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
