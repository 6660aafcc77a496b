/**
 * `/watchlist/:year/:round`: provinces ranked by the items likely to miss the year-end minimum (the
 * API's ranking), filtered by region, cluster, indicator group and risk (filters in the URL); each row
 * opens the province. Below it, the item-by-item changes against the previous round or year.
 */
import { useMemo } from 'react';
import { useI18n } from '../../../app/i18n';
import { useWatchlist } from '../../../api/get-outlook';
import { useProvinces } from '../../../api/get-provinces';
import { QueryStatus } from '../../../components/QueryState';
import { RoundPicker } from '../../../components/RoundPicker';
import { TableDownload } from '../../../components/TableDownload';
import { Link, useSearchParams } from '../../../lib/router';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { indicatorGroups, type IndicatorGroup } from '../../../../shared/indicator-groups';
import { ChangesSection } from './ChangesSection';
import { filterWatchlist, watchRisks, type WatchRisk } from './watchlist-data';
import { TableHead } from '../../../components/TableHead';

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | null => ((allowed as readonly string[]).includes(value ?? '') ? (value as T) : null);

export function WatchlistPage({ year, round }: { year: number; round: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const w = t.warning.watch;
  const final = round >= 12;
  const list = useWatchlist(year, round);
  const provinces = useProvinces();
  const [search, setSearch] = useSearchParams();
  useDocumentTitle(`${w.title} ${t.round.short(i18n.digitsOf(year), i18n.digitsOf(round))}`, t.app.title);

  const all = provinces.data?.provinces.filter((p) => p.inMeasure) ?? [];
  const regions = [...new Set(all.map((p) => p.region))].sort();
  const clusters = [...new Set(all.map((p) => p.cluster).filter((c): c is string => !!c))].sort((a, b) => a.localeCompare(b, 'th'));
  const filters = {
    region: pick(search.get('region'), regions),
    cluster: pick(search.get('cluster'), clusters),
    group: pick<IndicatorGroup>(search.get('group'), indicatorGroups),
    risk: pick<WatchRisk>(search.get('risk'), watchRisks),
  };
  const rows = useMemo(() => filterWatchlist(list.data?.provinces ?? [], filters), [list.data, filters.region, filters.cluster, filters.group, filters.risk]); // eslint-disable-line react-hooks/exhaustive-deps

  const riskLabel = (r: WatchRisk) => w.risks[r] ?? r;
  const atRisk = (items: (typeof rows)[number]['items']) => items.filter((i) => i.risk === 'likely-miss').map((i) => `${i.code}${i.component ? ` (${i.component})` : ''}`);
  const exportTable = () => ({
    name: `${w.title}-${year}-${round}`,
    columns: [w.rank, w.province, w.region, w.cluster, ...watchRisks.map(riskLabel), w.shortfall, w.atRisk],
    rows: rows.map((r) => [
      r.province.rank,
      i18n.name(r.province),
      i18n.region(r.province.region),
      r.province.cluster ? i18n.cluster(r.province.cluster) : null,
      ...watchRisks.map((k) => r.tally[k]),
      Math.round(r.shortfallPct * 10) / 10,
      atRisk(r.items).join(', '),
    ]),
  });

  const select = (key: string, label: string, value: string | null, options: { value: string; label: string }[]) => (
    <label>
      <span>{label}</span>
      <select id={`watch-${key}`} value={value ?? ''} onChange={(e) => setSearch({ [key]: e.target.value || null })}>
        <option value="">{w.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <>
      <div className="page-head">
        <h1>
          {w.title}
          <span className="subtitle">{t.round.title(i18n.digitsOf(year), i18n.digitsOf(round))}</span>
        </h1>
        <RoundPicker year={year} round={round} hrefFor={(y, r) => paths.watchlist(y, r)} />
      </div>
      <p className="note">{w.intro}</p>
      {final ? (
        <p className="state state-empty">{w.finalRound}</p>
      ) : list.isError || provinces.isError || !list.data || !provinces.data ? (
        <QueryStatus query={[list, provinces]} />
      ) : (
        <section className="card" aria-labelledby="watch-table-title">
          <div className="filters watch-filters" role="group" aria-label={w.filters}>
            {select('region', w.region, filters.region, regions.map((r) => ({ value: r, label: i18n.region(r) })))}
            {select('cluster', w.cluster, filters.cluster, clusters.map((c) => ({ value: c, label: i18n.cluster(c) })))}
            {select('group', w.group, filters.group, indicatorGroups.map((g) => ({ value: g, label: i18n.group(g) })))}
            {select('risk', w.risk, filters.risk, watchRisks.map((r) => ({ value: r, label: riskLabel(r) })))}
          </div>
          <h2 id="watch-table-title" className="visually-hidden">
            {w.title}
          </h2>
          <p className="note" aria-live="polite">
            {w.shown(i18n.num(rows.length), i18n.num(list.data.provinces.length))}
          </p>
          <TableDownload table={exportTable} />
          {rows.length === 0 ? (
            <p className="state state-empty">{w.none}</p>
          ) : (
            <div className="table-scroll">
              <table className="watch-table">
                <TableHead columns={[w.rank, w.province, w.region, w.cluster, ...watchRisks.map((r) => ({ label: riskLabel(r), className: 'num', key: r })), { label: w.shortfall, className: 'num' }, w.atRisk]} />
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.province.iso} data-iso={r.province.iso}>
                      <td className="num">{i18n.num(r.province.rank)}</td>
                      <th scope="row">
                        <Link to={paths.province(year, round, r.province.iso)}>{i18n.name(r.province)}</Link>
                      </th>
                      <td>{i18n.region(r.province.region)}</td>
                      <td>{r.province.cluster ? i18n.cluster(r.province.cluster) : '–'}</td>
                      {watchRisks.map((k) => (
                        <td key={k} className="num" data-risk={k}>
                          {r.tally[k] ? i18n.num(r.tally[k]) : '–'}
                        </td>
                      ))}
                      <td className="num">{r.shortfallPct ? i18n.num(r.shortfallPct, 1) : '–'}</td>
                      <td>{atRisk(r.items).join(', ') || '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      <ChangesSection year={year} round={round} />
    </>
  );
}
