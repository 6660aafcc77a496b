/**
 * The seed's per-indicator charts: one stacked bar of the four statuses per indicator, one chart per
 * indicator group. Drawn in HTML, not SVG, so the full indicator name wraps beside its bar (an SVG
 * axis label cannot wrap Thai and had to be cut), and each bar carries its counts as text. Sortable
 * within each group (`?bars=`); the table under it carries the same figures.
 */
import { memo } from 'react';
import type { Status } from '../../../../shared/classification/types';
import { useI18n } from '../../../app/i18n';
import { statusFill } from '../../../components/map/fills';
import { Swatch } from '../../../components/map/MapLegend';
import { useSearchParams } from '../../../lib/router';
import type { IndicatorSummary } from '../api/get-round-summary';
import { barOrder, barSorts, sortBarRows, statusBarGroups, type BarSort } from './status-bars-data';

/** Memoised: the map's indicator switch re-renders the page, and these bars have nothing to redraw. */
export default memo(function StatusBars({ indicators }: { indicators: IndicatorSummary[] }) {
  const i18n = useI18n();
  const b = i18n.t.warning.bars;
  const [search, setSearch] = useSearchParams();
  const sort: BarSort = (barSorts as readonly string[]).includes(search.get('bars') ?? '') ? (search.get('bars') as BarSort) : 'catalog';
  const groups = statusBarGroups(indicators);
  // One scale for every group, so bars compare across groups.
  const max = Math.max(1, ...groups.map((g) => g.max));
  const sortLabel: Record<BarSort, string> = { catalog: b.sortCatalog, belowMin: b.sortBelowMin, metMin: b.sortMetMin, notReported: b.sortNotReported, pending: b.sortPending };
  const swatch = (s: Status) => (s === 'metMin' ? 'std' : s);
  return (
    <div className="status-bars">
      <div className="status-bars-head">
        <ul className="status-legend" aria-hidden="true">
          {barOrder.map((s) => (
            <li key={s}>
              <Swatch category={swatch(s)} size={14} /> {i18n.status(s)}
            </li>
          ))}
        </ul>
        <label>
          <span>{b.sort}</span>
          <select id="bars-sort" value={sort} onChange={(e) => setSearch({ bars: e.target.value === 'catalog' ? null : e.target.value })}>
            {barSorts.map((s) => (
              <option key={s} value={s}>
                {sortLabel[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {groups.map((g) => (
        <figure key={g.group} className="status-bars-group">
          <figcaption>{i18n.group(g.group)}</figcaption>
          <ol className="bar-rows">
            {sortBarRows(g.rows, sort).map((r) => (
              <li key={r.code} className="bar-row" data-code={r.code}>
                <span className="bar-label">
                  {i18n.digitsOf(r.n)}. {i18n.name(r)}
                </span>
                <span className="bar-track" aria-hidden="true">
                  {barOrder.map((s) =>
                    r[s] ? (
                      <span key={s} className="bar-seg" data-status={s} style={{ width: `${(r[s] / max) * 100}%` }} title={`${i18n.status(s)}: ${i18n.num(r[s])}`}>
                        <svg width="100%" height="100%" preserveAspectRatio="none">
                          <rect width="100%" height="100%" fill={statusFill[s]} />
                        </svg>
                        {r[s] / max > 0.06 && <span className="bar-num">{i18n.num(r[s])}</span>}
                      </span>
                    ) : null,
                  )}
                </span>
                <span className="bar-counts">
                  {barOrder.map((s) => (
                    <span key={s} data-status={s}>
                      <Swatch category={swatch(s)} size={10} /> <span className="visually-hidden">{i18n.status(s)} </span>
                      {i18n.num(r[s])}
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ol>
        </figure>
      ))}
    </div>
  );
});
