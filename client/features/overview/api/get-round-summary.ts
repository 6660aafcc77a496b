import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { takePreloaded } from '../../../lib/preload';
import { overviewKeys } from './keys';

export const getRoundSummary = async (year: number, round: number) =>
  unwrap(await api.api.rounds[':year'][':round'].summary.$get({ param: { year: String(year), round: String(round) } }));

export const roundSummaryQueryOptions = (year: number, round: number) =>
  queryOptions({
    queryKey: overviewKeys.summary(year, round),
    queryFn: () => getRoundSummary(year, round),
    initialData: () => takePreloaded<Awaited<ReturnType<typeof getRoundSummary>>>(`/api/rounds/${year}/${round}/summary`),
  });

export const useRoundSummary = (year: number, round: number) => useQuery(roundSummaryQueryOptions(year, round));

export type RoundSummary = Awaited<ReturnType<typeof getRoundSummary>>;
export type IndicatorSummary = RoundSummary['indicators'][number];
