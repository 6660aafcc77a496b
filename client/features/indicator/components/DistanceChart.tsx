/**
 * Every assigned province's result against its targets on one common axis: percent past the minimum
 * target (0 = the minimum; negative = below it), a dot for the result and ticks for that province's
 * standard and advanced targets. Sorted worst first. Each row also says the figure in words.
 */
import { useI18n } from '../../../app/i18n';
import { categoryFill } from '../../../components/map/fills';
import { Link } from '../../../lib/router';
import { paths } from '../../../lib/paths';
import { dotAxis, type DotRow, type RowItem } from './indicator-data';

export function DistanceChart<T extends RowItem>({ rows, year, round }: { rows: DotRow<T>[]; year: number; round: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const axis = dotAxis(rows.flatMap((r) => (r.distance === null ? [r.std, r.adv] : [r.distance, r.std, r.adv])));
  const x = (v: number) => ((Math.min(axis.hi, Math.max(axis.lo, v)) - axis.lo) / (axis.hi - axis.lo)) * 100;
  const pct = (v: number) => `${v > 0 ? '+' : ''}${i18n.num(v, 1)}%`;
  return (
    <figure className="dot-chart" aria-labelledby="dot-title">
      <figcaption>
        <h2 id="dot-title">{t.indicator.chartTitle}</h2>
        <p className="note">{t.indicator.chartNote}</p>
      </figcaption>
      <div className="dot-row dot-axis" aria-hidden="true">
        <span />
        <span className="dot-track">
          {axis.ticks.map((v, n) => (
            // Alternate labels give way on narrow screens; zero always stays.
            <span key={v} className={v !== 0 && (n - axis.ticks.indexOf(0)) % 2 !== 0 ? 'dot-axis-tick dot-axis-minor' : 'dot-axis-tick'} style={{ left: `${x(v)}%` }}>
              {i18n.num(v)}%
            </span>
          ))}
        </span>
        <span />
      </div>
      <ol className="dot-rows">
        {rows.map((r) => {
          const name = i18n.name(r.item);
          const label = r.item.component ? `${name} · ${r.item.component}` : name;
          const clamped = r.distance !== null && (r.distance < axis.lo || r.distance > axis.hi);
          return (
            <li key={`${r.item.iso}-${r.item.component ?? ''}`} className="dot-row" data-category={r.category}>
              <span className="dot-label">
                <Link to={paths.province(year, round, r.item.iso)}>{label}</Link>
              </span>
              <span className="dot-track" aria-hidden="true">
                <span className="dot-zero" style={{ left: `${x(0)}%` }} />
                <span className="dot-tick" style={{ left: `${x(r.std)}%` }} />
                <span className="dot-tick dot-tick-adv" style={{ left: `${x(r.adv)}%` }} />
                {r.distance !== null && (
                  <svg className={clamped ? 'dot dot-clamped' : 'dot'} style={{ left: `${x(r.distance)}%` }} viewBox="0 0 12 12" focusable="false">
                    <circle cx="6" cy="6" r="5.2" fill={categoryFill[r.category]} stroke="#222" strokeWidth="1" />
                  </svg>
                )}
              </span>
              <span className="dot-value">
                {r.distance === null ? r.item.status === 'pending' ? t.result.pending : t.result.notReported : pct(r.distance)}
                <span className="visually-hidden"> — {r.item.level ? i18n.level(r.item.level) : i18n.status(r.item.status)}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
