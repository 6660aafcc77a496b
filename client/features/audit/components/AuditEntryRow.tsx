/**
 * One entry of the trail in words: the event's name, the province and indicator by name, what changed
 * in a sentence; a bulk action lists its provinces on demand; the raw JSON only behind "details".
 */
import { useState } from 'react';
import { useI18n, type I18n } from '../../../app/i18n';
import type { getAudit } from '../api/get-audit';
import { BatchTools } from './BatchChanges';

export type Entry = Awaited<ReturnType<typeof getAudit>>['rows'][number];
type Row = Omit<Entry, 'items'>;
type Json = Record<string, unknown> | null;

const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Record<string, unknown>) : null);
const clip = (s: unknown) => (typeof s === 'string' ? (s.length > 160 ? `${s.slice(0, 160)}…` : s) : '');

/** What changed, in one sentence of the page's language; '' when the event name says it all. */
function summary(r: Row, i18n: I18n): string {
  const t = i18n.t.audit;
  const before = obj(r.before);
  const after = obj(r.after);
  const n = (v: unknown) => i18n.num(Number(v ?? 0), 0);
  switch (r.action) {
    case 'import.commit':
      return after ? t.importSummary(String(after.fileName ?? ''), n(after.rowsTotal), n(Number(after.rowsChanged ?? 0) + Number(after.targetsChanged ?? 0)), n(Number(after.rowsNew ?? 0) + Number(after.targetsNew ?? 0))) : '';
    case 'import.rollback':
      return after ? t.rollbackSummary(n(Number(after.results ?? 0) + Number(after.targets ?? 0))) : '';
    case 'notice.review':
    case 'notice.issue':
    case 'notice.reopen':
      return after?.version != null ? t.noticeSummary(i18n.num(Number(after.version), 0)) : '';
    case 'observation.edit':
    case 'observation.revert':
    case 'recommendation.edit':
    case 'recommendation.revert':
      return `“${clip(before?.text)}” → “${clip(after?.text)}”`;
    case 'user.role_change':
      return `${t.roleChange}: ${String(before?.role ?? '')}${before?.provinceIso ? ` (${String(before.provinceIso)})` : ''} → ${String(after?.role ?? '')}${after?.provinceIso ? ` (${String(after.provinceIso)})` : ''}`;
    case 'user.create':
    case 'user.update':
      return after ? `${String(after.username ?? '')} · ${String(after.role ?? '')}` : '';
    default:
      return r.ip ? `${t.from_ip} ${r.ip}` : '';
  }
}

const named = (n: { nameTh: string; nameEn: string } | null, i18n: I18n) => (n ? (i18n.lang === 'th' ? n.nameTh : n.nameEn) : null);

export function AuditEntryRow({ entry, canRollback }: { entry: Entry; canRollback: boolean }) {
  const i18n = useI18n();
  const t = i18n.t.audit;
  const [open, setOpen] = useState(false);
  const bulk = entry.items.length > 1;
  const place = bulk ? t.items(i18n.num(entry.items.length, 0)) : named(entry.province, i18n);
  const indicator = entry.indicator ? `${entry.indicator.code} ${named(entry.indicator, i18n)}` : null;
  const raw = bulk ? entry.items.map(({ provinceIso, before, after }) => ({ provinceIso, before, after })) : { before: entry.before, after: entry.after };
  return (
    <tr className="audit-entry">
      <td>{i18n.date(entry.at)}</td>
      <td>{entry.actorUsername}</td>
      <td>
        <strong>{t.actions[entry.action] ?? entry.action}</strong>
        {place && <> · {place}</>}
        {indicator && <div className="muted">{indicator}</div>}
      </td>
      <td>
        <p className="audit-summary">{summary(entry, i18n)}</p>
        {bulk && (
          <div>
            <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? t.hideChanges : t.showItems}
            </button>
            {open && (
              <ul className="audit-items">
                {entry.items.map((it) => (
                  <li key={it.id}>
                    {named(it.province, i18n) ?? it.provinceIso} {summary(it, i18n)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {entry.action === 'import.commit' && entry.batchId !== null && <BatchTools batchId={entry.batchId} canRollback={canRollback} />}
        {(entry.before != null || entry.after != null) && (
          <details className="audit-raw">
            <summary>{t.details}</summary>
            <pre>{JSON.stringify(raw, null, 2)}</pre>
          </details>
        )}
      </td>
    </tr>
  );
}
