/**
 * One item's result over every round of every fiscal year with that year's three targets as dashed
 * lines. Loaded lazily (recharts); the table beside it gives the same figures as text.
 */
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../../app/i18n';
import { colours } from '../../../components/map/fills';
import type { HistoryRow } from './history-data';
import { useMedia } from '../../../lib/use-media';

export default function HistoryChart({ rows, unit, decimals }: { rows: HistoryRow[]; unit: string; decimals: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  // Ticks and tooltips in the catalog's decimals, as the table beside the chart.
  const fmt = (v: unknown) => (typeof v === 'number' ? i18n.value(v, { decimals }) : '–');
  // On a phone the axes re-lay: fewer, smaller round labels, compact figures and a narrower value axis.
  const narrow = useMedia('(max-width: 559px)');
  const compact = (v: unknown) => (typeof v === 'number' ? (Math.abs(v) >= 10_000 ? `${i18n.num(v / 1000, 0)}k` : i18n.value(v, { decimals })) : '–');
  return (
    <LineChart responsive data={rows} style={{ width: '100%', height: 300 }} margin={{ top: 10, right: narrow ? 8 : 28, bottom: 4, left: narrow ? 0 : 8 }} accessibilityLayer={false}>
      <CartesianGrid stroke="#e3e3e3" />
      <XAxis dataKey="key" tickFormatter={(k: string) => i18n.digitsOf(k)} interval={narrow ? 'preserveStartEnd' : 0} minTickGap={narrow ? 12 : 4} tick={{ fontSize: narrow ? 11 : 12 }} />
      <YAxis tickFormatter={narrow ? compact : fmt} width={narrow ? 46 : 70} tick={{ fontSize: narrow ? 11 : 12 }} domain={['auto', 'auto']} label={narrow ? undefined : { value: unit, angle: -90, position: 'insideLeft', fontSize: 12 }} />
      <Tooltip formatter={fmt} labelFormatter={(k) => i18n.digitsOf(String(k))} />
      <Legend verticalAlign="top" height={28} />
      <Line type="stepAfter" dataKey="adv" name={t.targets.advLong} stroke={colours.darkGreen} strokeDasharray="2 3" dot={false} isAnimationActive={false} />
      <Line type="stepAfter" dataKey="std" name={t.targets.stdLong} stroke="#9a7400" strokeDasharray="6 3" dot={false} isAnimationActive={false} />
      <Line type="stepAfter" dataKey="min" name={t.targets.minLong} stroke={colours.red} strokeDasharray="10 4" dot={false} isAnimationActive={false} />
      <Line type="linear" dataKey="value" name={t.province.result} stroke="#1b1b1b" strokeWidth={2.5} dot={{ r: 4, fill: '#1b1b1b' }} connectNulls={false} isAnimationActive={false} />
    </LineChart>
  );
}
