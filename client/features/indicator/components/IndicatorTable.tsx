/** The indicator's results by province (one row per component), sortable by column; the sort is in the URL. */
import { useI18n } from '../../../app/i18n';
import { resultText } from '../../../components/map/map-view';
import { StatusBadge } from '../../../components/StatusBadge';
import { TableDownload } from '../../../components/TableDownload';
import { Link } from '../../../lib/router';
import { paths } from '../../../lib/paths';
import { sortRows, type DotRow, type RowItem, type SortKey } from './indicator-data';
import { PhraseText } from '../../../components/PhraseText';
import { valueCell } from '../../../lib/table-export';

export interface IndicatorTableProps<T extends RowItem> {
  rows: DotRow<T>[];
  unit: string;
  kind: 'quantity' | 'level';
  /** The catalog's places for results and targets (one column, one number of decimals). */
  decimals: number;
  hasComponents: boolean;
  componentLabel: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
  onSort(key: SortKey, dir: 'asc' | 'desc'): void;
  year: number;
  round: number;
  /** The indicator's code, for the downloaded file's name. */
  code?: string;
}

export function IndicatorTable<T extends RowItem>({ rows, unit, kind, decimals, hasComponents, componentLabel, sort, dir, onSort, year, round, code }: IndicatorTableProps<T>) {
  const i18n = useI18n();
  const { t } = i18n;
  const sorted = sortRows(rows, sort, dir, i18n.lang);
  const view = { unit, kind, decimals };
  // The file: the screen's columns in the screen's order and sort; numbers stay numbers.
  const exportTable = () => ({
    name: `${t.indicator.tableTitle}-${code ?? ''}-${year}-${round}`,
    columns: [
      t.indicator.province,
      ...(hasComponents ? [componentLabel] : []),
      t.indicator.region,
      `${t.indicator.result} (${unit})`,
      t.targets.min,
      t.targets.std,
      t.targets.adv,
      t.indicator.distance,
      t.indicator.status,
      t.indicator.level,
      t.indicator.score,
    ],
    rows: sorted.map((r) => [
      i18n.name(r.item),
      ...(hasComponents ? [r.item.component] : []),
      i18n.region(r.item.region),
      r.item.result.kind === 'value' ? valueCell(r.item.result.value, view) : resultText(r.item.result, view, i18n),
      valueCell(r.item.targets.min, view),
      valueCell(r.item.targets.std, view),
      valueCell(r.item.targets.adv, view),
      r.distance === null ? null : Math.round(r.distance * 10) / 10,
      i18n.status(r.item.status),
      r.item.level ? i18n.level(r.item.level) : null,
      r.item.score === null ? null : Math.round(r.item.score * 10) / 10,
    ]),
  });
  const head = (key: SortKey, label: string) => {
    const active = sort === key;
    return (
      <th scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button type="button" className="sort" onClick={() => onSort(key, active && dir === 'asc' ? 'desc' : 'asc')}>
          {label}
          <span aria-hidden="true">{active ? (dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };
  return (
    <>
    <TableDownload table={exportTable} />
    <div className="table-scroll">
      <table className="indicator-table">
        <caption>{t.indicator.tableTitle}</caption>
        <thead>
          <tr>
            {head('province', t.indicator.province)}
            {hasComponents && <th scope="col">{componentLabel}</th>}
            <th scope="col">{t.indicator.region}</th>
            {head('result', `${t.indicator.result} (${unit})`)}
            <th scope="col">{t.targets.min}</th>
            <th scope="col">{t.targets.std}</th>
            <th scope="col">{t.targets.adv}</th>
            {head('distance', t.indicator.distance)}
            {head('status', t.indicator.status)}
            <th scope="col">{t.indicator.level}</th>
            {head('score', t.indicator.score)}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={`${r.item.iso}-${r.item.component ?? ''}`} data-iso={r.item.iso}>
              <th scope="row">
                <Link to={paths.province(year, round, r.item.iso)}>{i18n.name(r.item)}</Link>
              </th>
              {hasComponents && <td>{r.item.component}</td>}
              <td>{i18n.region(r.item.region)}</td>
              <td className="num">{r.item.result.kind === 'value' ? i18n.value(r.item.result.value, view) : resultText(r.item.result, view, i18n)}</td>
              <td className="num">{i18n.value(r.item.targets.min, view)}</td>
              <td className="num">{i18n.value(r.item.targets.std, view)}</td>
              <td className="num">{i18n.value(r.item.targets.adv, view)}</td>
              <td className="num">{r.distance === null ? '–' : `${r.distance > 0 ? '+' : ''}${i18n.num(r.distance, 1)}%`}</td>
              <td>
                <StatusBadge status={r.item.status} level={r.item.level} />
              </td>
              <td>{r.item.level ? <PhraseText text={i18n.level(r.item.level)} /> : '–'}</td>
              <td className="num">{r.item.score === null ? '–' : i18n.num(r.item.score, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    </>
  );
}
