/**
 * The dry run's preview (issue 13): every row the import would change, before → after with the
 * status each side classifies to, grouped by province and indicator. Sortable by any column, with a
 * filter for the rows whose status changes; the same table downloads as .xlsx (built by the server).
 */
import { useMemo, useState } from 'react';
import { useI18n, type I18n } from '../../../app/i18n';
import { StatusBadge } from '../../../components/StatusBadge';
import type { ImportPreview, PreviewRow, PreviewSide } from '../../../../shared/contracts/import-preview';
import { TableHead } from '../../../components/TableHead';

type SortKey = 'group' | 'row' | 'before' | 'after' | 'status';
const statusOrder = { notReported: 0, pending: 1, belowMin: 2, metMin: 3 } as const;

function numeric(s: PreviewSide | null): number {
  return s?.result.kind === 'value' ? s.result.value : Number.NEGATIVE_INFINITY;
}

function compare(key: SortKey, a: { r: PreviewRow; i: number }, b: { r: PreviewRow; i: number }): number {
  switch (key) {
    case 'group': return a.i - b.i; // the server's order: province, indicator, component
    case 'row': return a.r.row - b.r.row;
    case 'before': return numeric(a.r.before) - numeric(b.r.before) || a.i - b.i;
    case 'after': return numeric(a.r.after) - numeric(b.r.after) || a.i - b.i;
    case 'status': return Number(b.r.statusChanged) - Number(a.r.statusChanged) || statusOrder[a.r.after.status] - statusOrder[b.r.after.status] || a.i - b.i;
  }
}

function ResultText({ side, row, i18n }: { side: PreviewSide | null; row: PreviewRow; i18n: I18n }) {
  const p = i18n.t.importPreview;
  if (!side) return <span className="note">–</span>;
  if (side.result.kind === 'notReported') return <>{p.notReported}</>;
  if (side.result.kind === 'pending') return <>{p.pending}</>;
  // The catalog's decimals, as every other page; a finer change that rounds away still shows on hover.
  const value = side.result.value;
  const roundsAway = Number(value.toFixed(row.decimals)) !== value;
  return (
    <span className="nowrap" title={roundsAway ? i18n.num(value, 6) : undefined}>
      {i18n.value(value, row)} {i18n.lang === 'th' ? row.unitTh : row.unitEn}
    </span>
  );
}

export function PreviewTable({ preview, onDownload }: { preview: ImportPreview; onDownload?: () => void }) {
  const i18n = useI18n();
  const p = i18n.t.importPreview;
  const [onlyStatus, setOnlyStatus] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'group', desc: false });
  const rows = useMemo(() => {
    const indexed = preview.rows.map((r, i) => ({ r, i })).filter(({ r }) => !onlyStatus || r.statusChanged);
    indexed.sort((a, b) => (sort.desc ? -1 : 1) * compare(sort.key, a, b));
    return indexed.map(({ r }) => r);
  }, [preview.rows, onlyStatus, sort]);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort" title={p.sortBy(label)} onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : false }))}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );

  return (
    <div className="import-preview">
      <h3>{p.title(i18n.num(preview.rowsTotal), i18n.num(preview.statusChanges))}</h3>
      <div className="preview-tools">
        <label className="checkbox">
          <input type="checkbox" checked={onlyStatus} onChange={(e) => setOnlyStatus(e.target.checked)} /> {p.onlyStatus}
        </label>
        <span className="note" role="status">{p.shown(i18n.num(rows.length), i18n.num(preview.rowsTotal))}</span>
        {onDownload && (
          <button type="button" onClick={onDownload}>
            {p.download}
          </button>
        )}
      </div>
      <div className="table-scroll">
        <table className="preview" data-testid="import-preview">
          <thead>
            <tr>
              {header('group', `${p.province} / ${p.indicator}`)}
              {header('row', p.row)}
              {header('before', p.before)}
              {header('after', p.after)}
              {header('status', p.status)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.row}`} data-row={r.row} data-iso={r.iso} data-indicator={r.indicatorCode} data-status-changed={r.statusChanged}>
                <th scope="row">
                  <span className="nowrap">{i18n.lang === 'th' ? r.provinceTh : r.provinceEn}</span> · <span className="nowrap">{r.indicatorCode}</span>
                  {r.component && <> · {r.component}</>}
                  <br />
                  <small className="note">
                    {i18n.t.round.short(i18n.digitsOf(r.year), i18n.digitsOf(r.round))}
                    {r.change === 'new' && <> · {p.new}</>}
                    {r.targetsChanged && <> · {p.targetsChanged}</>}
                  </small>
                </th>
                <td className="num">{i18n.num(r.row)}</td>
                <td className="num"><ResultText side={r.before} row={r} i18n={i18n} /></td>
                <td className="num"><ResultText side={r.after} row={r} i18n={i18n} /></td>
                <td className={r.statusChanged ? 'status-change changed' : 'status-change'}>
                  {r.before ? <StatusBadge status={r.before.status} level={r.before.level} /> : <span className="note">–</span>}
                  <span aria-hidden="true"> → </span>
                  <StatusBadge status={r.after.status} level={r.after.level} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.rowsTotal > preview.rows.length && <p className="note">{p.more(i18n.num(preview.rowsTotal - preview.rows.length))}</p>}
      <details className="preview-groups">
        <summary>{p.groups}</summary>
        <div className="table-scroll">
          <table>
            <TableHead columns={[p.province, p.indicator, p.count, p.statusChanges]} />
            <tbody>
              {preview.groups.map((g) => (
                <tr key={`${g.iso}|${g.indicatorCode}`}>
                  <td>{i18n.lang === 'th' ? g.provinceTh : g.provinceEn}</td>
                  <td>{g.indicatorCode}</td>
                  <td className="num">{i18n.num(g.rows)}</td>
                  <td className="num">{i18n.num(g.statusChanges)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
