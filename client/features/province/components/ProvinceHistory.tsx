/** The province's history for one item: pick the item, see the line chart and the figures per round. */
import { lazy, Suspense } from 'react';
import { useI18n } from '../../../app/i18n';
import { resultText } from '../../../components/map/map-view';
import { Loading, QueryStatus } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { useProvinceHistory } from '../api/get-province-history';
import { historyRows, itemKey } from './history-data';
import { TableHead } from '../../../components/TableHead';

const HistoryChart = lazy(() => import('./HistoryChart'));

export function ProvinceHistory({ iso, selected, onSelect }: { iso: string; selected: string | null; onSelect(key: string): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const history = useProvinceHistory(iso);
  if (!history.data) return <QueryStatus query={history} />;
  const series = history.data.series;
  if (series.length === 0) return <p className="state state-empty">{t.province.historyEmpty}</p>;
  const current = series.find((s) => itemKey(s.indicatorCode, s.component) === selected) ?? series[0]!;
  const unit = i18n.lang === 'th' ? current.unitTh : current.unitEn;
  const rows = historyRows(current.points);
  return (
    <div className="history">
      <label className="history-pick">
        <span>{t.province.historyPick}</span>
        <select value={itemKey(current.indicatorCode, current.component)} onChange={(e) => onSelect(e.target.value)}>
          {series.map((s) => (
            <option key={itemKey(s.indicatorCode, s.component)} value={itemKey(s.indicatorCode, s.component)}>
              {s.indicatorCode} {i18n.name(s)}
              {s.component ? ` — ${s.component}` : ''}
            </option>
          ))}
        </select>
      </label>
      <p className="note">{current.direction === 'lower' ? t.result.lowerBetter : t.result.higherBetter}</p>
      <div className="history-body">
        <div className="history-chart" aria-hidden="true">
          <Suspense fallback={<Loading label={t.state.chartLoading} />}>
            <HistoryChart rows={rows} unit={unit} decimals={current.decimals} />
          </Suspense>
        </div>
        <div className="table-scroll">
          <table className="history-table">
            <caption>{t.province.historyTable}</caption>
            <TableHead columns={[t.province.roundCol, t.province.result, t.targets.min, t.targets.std, t.targets.adv, t.province.status]} />
            <tbody>
              {current.points.map((p) => (
                <tr key={`${p.year}-${p.round}`}>
                  <th scope="row">{t.round.short(i18n.digitsOf(p.year), i18n.digitsOf(p.round))}</th>
                  <td className="num">{resultText(p.result, { unit, kind: current.kind, decimals: current.decimals }, i18n)}</td>
                  <td className="num">{i18n.value(p.targets.min, current)}</td>
                  <td className="num">{i18n.value(p.targets.std, current)}</td>
                  <td className="num">{i18n.value(p.targets.adv, current)}</td>
                  <td>
                    <StatusBadge status={p.status} level={p.level} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
