/** An import batch's value changes in words, and its rollback. */
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { Loading } from '../../../components/QueryState';
import { ApiRequestError } from '../../../lib/api';
import { describeChange, type ChangeSide } from '../../../../shared/audit';
import type { Targets } from '../../../../shared/contracts/classification';
import { useBatchChanges } from '../api/get-batch-changes';
import { useRollbackBatch } from '../api/rollback-batch';

const isTargets = (v: unknown): v is Targets => !!v && typeof v === 'object' && 'min' in v;

export function BatchTools({ batchId, canRollback }: { batchId: number; canRollback: boolean }) {
  const i18n = useI18n();
  const t = i18n.t.audit;
  const [open, setOpen] = useState(false);
  const changes = useBatchChanges(open ? batchId : null);
  const rollback = useRollbackBatch();
  const error = rollback.error instanceof ApiRequestError ? (i18n.lang === 'th' ? rollback.error.messageTh : rollback.error.message) : rollback.error?.message;
  const th = i18n.lang === 'th';
  const targets = (v: Targets, format: { decimals: number }) => [v.min, v.std, v.adv].map((x) => i18n.value(x, format)).join(' / ');
  return (
    <div className="batch-tools">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
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
        <ul className="audit-changes">
          {changes.data.changes.slice(0, 500).map((ch, i) => (
            <li key={i}>
              <span className="audit-where">
                {th ? ch.provinceTh : ch.provinceEn} · {ch.indicatorCode} {th ? ch.indicatorTh : ch.indicatorEn}
                {ch.component ? ` (${ch.component})` : ''}
              </span>{' '}
              {ch.kind === 'target' && isTargets(ch.after)
                ? `${t.target}: ${isTargets(ch.before) ? targets(ch.before, ch) : '–'} → ${targets(ch.after, ch)}`
                : describeChange(ch.before as ChangeSide | null, ch.after as ChangeSide, th ? ch.unitTh : ch.unitEn, i18n.lang, ch.decimals, i18n.digits)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
