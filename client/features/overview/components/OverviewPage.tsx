/**
 * Page 1, the national overview of a round: headline figures, the map, status counts per indicator
 * (stacked bars and a table) and the national table of provinces below minimum.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useI18n } from '../../../app/i18n';
import { useProvinces } from '../../../api/get-provinces';
import { roundsWithData, useRounds } from '../../../api/get-rounds';
import { EmptyState, ErrorState, Loading } from '../../../components/QueryState';
import { RoundPicker } from '../../../components/RoundPicker';
import { Link, navigate, useLocation } from '../../../lib/router';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useNearViewport } from '../../../lib/use-near-viewport';
import { paths } from '../../../lib/paths';
import { useIndicators } from '../api/get-indicators';
import { useRoundItems } from '../api/get-round-items';
import { useRoundSummary } from '../api/get-round-summary';
import { CountsTable } from './CountsTable';
import { Headline } from './Headline';
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

export function OverviewPage({ year, round }: { year: number; round: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { search } = useLocation();
  const summary = useRoundSummary(year, round);
  const items = useRoundItems(year, round);
  const indicators = useIndicators(year);
  const provinces = useProvinces();
  // The charts sit below the map; recharts loads when the reader scrolls near them.
  const [barsRef, barsNear] = useNearViewport<HTMLElement>();
  useDocumentTitle(`${t.overview.title} ${t.round.short(i18n.digitsOf(year), i18n.digitsOf(round))}`, t.app.title);

  const failed = [summary, items, indicators, provinces].find((q) => q.isError);
  return (
    <>
      <div className="page-head">
        <h1>
          {t.overview.title}
          <span className="subtitle">{t.round.title(i18n.digitsOf(year), i18n.digitsOf(round))}</span>
        </h1>
        <RoundPicker year={year} round={round} hrefFor={(y, r) => paths.overview(y, r, search.get('indicator'))} />
      </div>
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      ) : !summary.data || !items.data || !indicators.data || !provinces.data ? (
        <Loading />
      ) : summary.data.totals.items === 0 ? (
        <EmptyState title={t.state.noRounds} next={t.state.noRoundsNext}>
          <Link to={paths.import()}>{t.state.goImport}</Link>
        </EmptyState>
      ) : (
        <>
          <Headline totals={summary.data.totals} />
          <OverviewMap
            year={year}
            round={round}
            items={items.data.items}
            indicators={indicators.data.indicators}
            provinces={provinces.data.provinces}
            attribution={provinces.data.mapAttribution}
          />
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
  );
}
