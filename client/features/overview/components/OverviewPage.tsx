/**
 * Page 1, the national overview of a round: headline figures, the map, status counts per indicator
 * (stacked bars and a table) and the national table of provinces below minimum.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useI18n } from '../../../app/i18n';
import { useProvinces } from '../../../api/get-provinces';
import { roundsWithData, useRounds } from '../../../api/get-rounds';
import { EmptyState, ErrorState, Loading, QueryStatus } from '../../../components/QueryState';
import { RoundPicker } from '../../../components/RoundPicker';
import { Link, navigate, useLocation, useSearchParams } from '../../../lib/router';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useNearViewport } from '../../../lib/use-near-viewport';
import { useAfterFirstPaint } from '../../../lib/use-after-first-paint';
import { paths } from '../../../lib/paths';
import { useIndicators } from '../api/get-indicators';
import { useQuery } from '@tanstack/react-query';
import { roundItemsQueryOptions, useRoundItems } from '../api/get-round-items';
import { useRoundSummary } from '../api/get-round-summary';
import { useRoundOutlook } from '../../../api/get-outlook';
import { CountsTable } from './CountsTable';
import { Headline } from './Headline';
import { mapModeOf } from './map-modes';
import { comparisonRound, comparisons, type Comparison } from './headline-data';
import { NationalTable } from './NationalTable';
import { OverviewMap } from './OverviewMap';

const StatusBars = lazy(() => import('./StatusBars'));

/** `/` opens the newest round that has results. */
export function LatestOverview() {
  const { t } = useI18n();
  const rounds = useRounds();
  const { search } = useLocation();
  const latest = roundsWithData(rounds.data?.rounds ?? [])[0];
  useEffect(() => {
    if (latest) navigate(paths.overview(latest.year, latest.round, search.get('indicator')), { replace: true });
  }, [latest, search]);
  if (rounds.isPending || latest) return <Loading />;
  if (rounds.isError) return <ErrorState error={rounds.error} onRetry={() => void rounds.refetch()} />;
  return (
    <>
      <h1>{t.overview.title}</h1>
      <EmptyState title={t.state.noRounds} next={t.state.noRoundsNext}>
        <Link to={paths.import()}>{t.state.goImport}</Link>
      </EmptyState>
    </>
  );
}

/** `ownProvince`: a province user's ISO code; the API gives them their own province only, so the page says so. */
export function OverviewPage({ year, round, ownProvince = null }: { year: number; round: number; ownProvince?: string | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [search, setSearch] = useSearchParams();
  const summary = useRoundSummary(year, round);
  const against: Comparison = (comparisons as readonly string[]).includes(search.get('against') ?? '') ? (search.get('against') as Comparison) : 'previous-round';
  const cmp = comparisonRound(year, round, against);
  const before = useRoundSummary(cmp.year, cmp.round);
  // Last year's items load only for the map view that compares with them.
  const mapMode = mapModeOf(search.get('map'));
  const lastYear = useQuery({ ...roundItemsQueryOptions(year - 1, round), enabled: mapMode === 'last-year' });
  // The final round has no outlook (its results are the year end): the API answers 422, shown as "none".
  const outlook = useRoundOutlook(year, round, mapMode === 'outlook' && round < 12);
  const items = useRoundItems(year, round);
  const indicators = useIndicators(year);
  const provinces = useProvinces();
  // The charts sit below the map; recharts loads when the reader scrolls near them.
  const [barsRef, barsNear] = useNearViewport<HTMLElement>();
  // The sections below the map (three quarters of the page's DOM) render once the first frame, with
  // the map, has painted: the first layout then holds only what the reader sees first.
  const belowFold = useAfterFirstPaint();
  const own = ownProvince ? provinces.data?.provinces.find((p) => p.iso === ownProvince) : undefined;
  const title = own ? t.warning.provinceTitle(i18n.name(own)) : t.overview.title;
  useDocumentTitle(`${title} ${t.round.short(i18n.digitsOf(year), i18n.digitsOf(round))}`, t.app.title);

  const failed = [summary, items, indicators, provinces].find((q) => q.isError);
  return (
    <>
      <div className="page-head">
        <h1>
          {title}
          <span className="subtitle">{t.round.title(i18n.digitsOf(year), i18n.digitsOf(round))}</span>
        </h1>
        <RoundPicker year={year} round={round} hrefFor={(y, r) => paths.overview(y, r, search.get('indicator'))} />
      </div>
      {failed || !summary.data || !items.data || !indicators.data || !provinces.data ? (
        <QueryStatus query={[summary, items, indicators, provinces]} />
      ) : summary.data.totals.items === 0 ? (
        <EmptyState title={t.state.noRounds} next={t.state.noRoundsNext}>
          <Link to={paths.import()}>{t.state.goImport}</Link>
        </EmptyState>
      ) : (
        <>
          <Headline
            totals={summary.data.totals}
            // A round without results (or none stored) has nothing to compare with.
            before={before.isError || (before.data && before.data.totals.items === 0) ? null : before.data?.totals}
            against={against}
            onAgainst={(c) => setSearch({ against: c === 'previous-round' ? null : c })}
          />
          <OverviewMap
            year={year}
            round={round}
            items={items.data.items}
            indicators={indicators.data.indicators}
            provinces={provinces.data.provinces}
            attribution={provinces.data.mapAttribution}
            ownProvince={ownProvince}
            lastYear={lastYear.isError ? null : lastYear.data?.items}
            outlook={outlook.isError || round >= 12 ? null : outlook.data?.items.map((o) => ({ iso: o.iso, indicatorCode: o.code, component: o.component, risk: o.risk, projected: o.projected, decimals: o.decimals }))}
          />
          {belowFold && (
            <>
              <section aria-labelledby="bars-title" className="card" ref={barsRef}>
                <h2 id="bars-title">{t.overview.barsTitle(i18n.num(summary.data.indicators.length))}</h2>
                <p className="note">{t.overview.barsNote}</p>
                {barsNear ? (
                  <Suspense fallback={<Loading label={t.state.chartLoading} />}>
                    <StatusBars indicators={summary.data.indicators} />
                  </Suspense>
                ) : (
                  <Loading label={t.state.chartLoading} />
                )}
                <details>
                  <summary>{t.overview.countsTable}</summary>
                  <CountsTable summary={summary.data} />
                </details>
              </section>
              <section aria-labelledby="national-title" className="card">
                <NationalTable summary={summary.data} />
              </section>
            </>
          )}
        </>
      )}
    </>
  );
}
