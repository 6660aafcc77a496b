/**
 * The seed's per-indicator charts: status counts as stacked bars, one chart per indicator group.
 * Loaded lazily (recharts is the largest dependency); the table under it carries the same figures as text.
 */
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { statuses } from '../../../../shared/classification/types';
import { useI18n } from '../../../app/i18n';
import { statusFill } from '../../../components/map/fills';
import { Swatch } from '../../../components/map/MapLegend';
import { useMedia } from '../../../lib/use-media';
import type { IndicatorSummary } from '../api/get-round-summary';
import { shorten, statusBarGroups, type BarRow } from './status-bars-data';

/** Memoised: the map's indicator switch re-renders the page, and these charts have nothing to redraw. */
export default memo(function StatusBars({ indicators }: { indicators: IndicatorSummary[] }) {
  const i18n = useI18n();
  const wide = useMedia('(min-width: 760px)');
  const groups = statusBarGroups(indicators);
  const max = Math.max(...groups.map((g) => g.max));
  // Example indicators carry "[ตัวอย่าง]" in their names already (the demo data marks them wherever shown).
  const labelOf = (r: BarRow) => `${i18n.digitsOf(r.n)}. ${shorten(i18n.name(r), wide ? 36 : 12)}`;
  return (
    <div className="status-bars">
      <ul className="status-legend" aria-hidden="true">
        {statuses.map((s) => (
          <li key={s}>
            <Swatch category={s === 'metMin' ? 'std' : s} size={14} /> {i18n.status(s)}
          </li>
        ))}
      </ul>
      {groups.map((g) => (
        <figure key={g.group} className="status-bars-group" aria-label={i18n.group(g.group)}>
          <figcaption>{i18n.group(g.group)}</figcaption>
          <BarChart
            responsive
            layout="vertical"
            data={g.rows.map((r) => ({ ...r, label: labelOf(r) }))}
            style={{ width: '100%', height: g.rows.length * 34 + 70 }}
            margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke="#e3e3e3" />
            <XAxis type="number" domain={[0, max]} allowDecimals={false} tickFormatter={(v: number) => i18n.num(v)} />
            <YAxis type="category" dataKey="label" width={wide ? 300 : 128} tick={CategoryTick} interval={0} />
            <Tooltip content={(p) => <BarTooltip {...p} />} cursor={{ fill: '#00000010' }} />
            {statuses.map((s) => (
              <Bar key={s} dataKey={s} name={i18n.status(s)} stackId="status" fill={statusFill[s]} stroke="#555" strokeWidth={0.5} isAnimationActive={false} />
            ))}
          </BarChart>
        </figure>
      ))}
    </div>
  );
});

/** One line per indicator: the default tick wraps at spaces, which splits Thai names badly. */
function CategoryTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  return (
    <text x={Number(x) - 4} y={Number(y)} dy="0.35em" textAnchor="end" fontSize={12.5} fill="#333">
      {String(payload?.value ?? '')}
    </text>
  );
}

function BarTooltip({ active, payload }: TooltipContentProps) {
  const i18n = useI18n();
  const row = payload?.[0]?.payload as BarRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <strong>
        {row.code} {i18n.name(row)}
      </strong>
      {statuses.map((s) => (
        <span key={s}>
          {i18n.status(s)}: {i18n.num(row[s])}
        </span>
      ))}
    </div>
  );
}
