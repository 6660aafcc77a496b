/** A province user's home: its own province page for the newest round with results. */
import { useEffect } from 'react';
import { roundsWithData, useRounds } from '../api/get-rounds';
import { ErrorState, Loading } from '../components/QueryState';
import { navigate } from '../lib/router';
import { paths } from '../lib/paths';
import { LatestOverview } from '../features/overview';

export function ProvinceLanding({ iso }: { iso: string }) {
  const rounds = useRounds();
  const latest = roundsWithData(rounds.data?.rounds ?? [])[0];
  useEffect(() => {
    if (latest) navigate(paths.province(latest.year, latest.round, iso), { replace: true });
  }, [latest, iso]);
  if (rounds.isError) return <ErrorState error={rounds.error} onRetry={() => void rounds.refetch()} />;
  if (rounds.isPending || latest) return <Loading />;
  return <LatestOverview />; // no results yet: the overview's empty state says what to do
}
