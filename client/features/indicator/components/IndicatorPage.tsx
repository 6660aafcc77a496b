/**
 * Page 2, one indicator in one round: its map, every assigned province's distance from the minimum
 * target, and a sortable, filterable table (one row per component where the indicator has them).
 */
import { useMemo } from 'react';
import { statuses } from '../../../../shared/classification/types';
import { useI18n } from '../../../app/i18n';
import { useProvinces } from '../../../api/get-provinces';
import { categoriseByIndicator, type LevelCategory } from '../../../components/map/categories';
import { MapPanel } from '../../../components/map/MapPanel';
import { hideOthers } from '../../../components/map/warning-view';
import { indicatorMapView } from '../../../components/map/map-view';
import { EmptyState, QueryStatus } from '../../../components/QueryState';
import { RoundPicker } from '../../../components/RoundPicker';
import { StatusBadge } from '../../../components/StatusBadge';
import { Link, useSearchParams } from '../../../lib/router';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useRoundIndicator } from '../api/get-round-indicator';
import { DistanceChart } from './DistanceChart';
import { filterCategories, IndicatorFilters } from './IndicatorFilters';
import { IndicatorTable } from './IndicatorTable';
import { dotRows, filterItems, sortKeys, type Filters, type SortKey } from './indicator-data';

/** `ownProvince`: a province user's ISO code; the other provinces are "other provinces" on its map, not "not assigned". */
export function IndicatorPage({ year, round, code, ownProvince = null }: { year: number; round: number; code: string; ownProvince?: string | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const data = useRoundIndicator(year, round, code);
  const provinces = useProvinces();
  const [search, setSearch] = useSearchParams();

  const category = search.get('status') as LevelCategory | null;
  const filters: Filters = {
    region: search.get('region'),
    cluster: search.get('cluster'),
    category: category && filterCategories.includes(category) ? category : null,
  };
  const sortParam = search.get('sort') as SortKey | null;
  const sort: SortKey = sortParam && sortKeys.includes(sortParam) ? sortParam : 'distance';
  const dir = search.get('dir') === 'desc' ? 'desc' : 'asc';

  const indicator = data.data?.indicator;
  useDocumentTitle(indicator ? `${indicator.code} ${i18n.name(indicator)}` : code, t.app.title);
  const unit = indicator ? (i18n.lang === 'th' ? indicator.unitTh : indicator.unitEn) : '';
  const entries = useMemo(
    () =>
      data.data && provinces.data
        ? hideOthers(indicatorMapView(categoriseByIndicator(data.data.items, provinces.data.provinces), { unit, kind: data.data.indicator.kind, decimals: data.data.indicator.decimals }, i18n), ownProvince, i18n)
        : null,
    [data.data, provinces.data, unit, i18n, ownProvince],
  );

  const header = (
    <div className="page-head">
      <h1>
        {indicator ? `${indicator.code} ${i18n.name(indicator)}` : code}
        <span className="subtitle">{t.round.title(i18n.digitsOf(year), i18n.digitsOf(round))}</span>
      </h1>
      <RoundPicker year={year} round={round} hrefFor={(y, r) => paths.indicator(y, r, code)} />
    </div>
  );
  if (data.isError || provinces.isError || !data.data || !provinces.data || !indicator || !entries) {
    return (
      <>
        {header}
        <QueryStatus query={[data, provinces]} />
      </>
    );
  }

  const { items, counts } = data.data;
  const rows = dotRows(filterItems(items, filters), indicator.direction);
  const regions = [...new Set(items.map((i) => i.region))].sort();
  const clusters = [...new Set(items.map((i) => i.cluster).filter((c): c is string => !!c))].sort((a, b) => a.localeCompare(b, 'th'));
  const componentLabel = (i18n.lang === 'th' ? indicator.componentLabelTh : indicator.componentLabelEn) ?? t.indicator.component;

  return (
    <>
      {header}
      <section className="card indicator-meta" aria-label={t.indicator.code}>
        <dl className="meta">
          <div>
            <dt>{t.indicator.group}</dt>
            <dd>{i18n.group(indicator.group)}</dd>
          </div>
          <div>
            <dt>{t.indicator.unit}</dt>
            <dd>
              {unit} ({indicator.direction === 'lower' ? t.result.lowerBetter : t.result.higherBetter})
            </dd>
          </div>
          <div>
            <dt>{t.indicator.code}</dt>
            <dd>
              {indicator.code} · {t.indicator.assigned(i18n.num(indicator.provinceCount))}
              {indicator.hasComponents && ` · ${t.indicator.components(componentLabel)}`}
            </dd>
          </div>
        </dl>
        {indicator.example && <p className="example-note">{t.overview.exampleHint}</p>}
        <ul className="status-counts">
          {statuses.map((s) => (
            <li key={s}>
              <StatusBadge status={s} level={s === 'metMin' ? 'std' : s === 'belowMin' ? 'belowMin' : null} /> <strong>{i18n.num(counts[s])}</strong>
            </li>
          ))}
        </ul>
        <Link to={paths.overview(year, round, indicator.code)}>{t.province.mapLink}</Link>
      </section>

      {items.length === 0 ? (
        <EmptyState title={t.indicator.noItems} next={t.indicator.noItemsNext}>
          <Link to={paths.import()}>{t.state.goImport}</Link>
        </EmptyState>
      ) : (
        <>
          <section className="card" aria-label={t.overview.mapTitle}>
            <MapPanel
              scheme="level"
              entries={entries}
              label={t.map.label(`${indicator.code} ${i18n.name(indicator)}`)}
              colourKey={indicator.code}
              year={year}
              round={round}
              attribution={provinces.data.mapAttribution}
            />
          </section>
          <IndicatorFilters
            regions={regions}
            clusters={clusters}
            value={filters}
            onChange={(next) => setSearch(pickDefined(next, filters))}
            shown={rows.length}
            total={items.length}
          />
          {rows.length === 0 ? (
            <EmptyState title={t.indicator.noMatch} next={t.indicator.noMatchNext} />
          ) : (
            <>
              <section className="card">
                <DistanceChart rows={rows} year={year} round={round} />
              </section>
              <section className="card" aria-label={t.indicator.tableTitle}>
                <IndicatorTable
                  rows={rows}
                  unit={unit}
                  kind={indicator.kind}
                  decimals={indicator.decimals}
                  hasComponents={indicator.hasComponents}
                  componentLabel={componentLabel}
                  sort={sort}
                  dir={dir}
                  onSort={(key, d) => setSearch({ sort: key, dir: d })}
                  year={year}
                  round={round}
                  code={indicator.code}
                />
              </section>
            </>
          )}
        </>
      )}
    </>
  );
}

/** Keeps the filters the change does not mention (undefined in `next` means "leave as is"). */
function pickDefined(next: Partial<Filters>, current: Filters): Record<string, string | null> {
  return {
    region: next.region !== undefined ? next.region : current.region,
    cluster: next.cluster !== undefined ? next.cluster : current.cluster,
    status: next.category !== undefined ? next.category : current.category,
  };
}
