import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { indicatorKeys } from './keys';

export const getRoundIndicator = async (year: number, round: number, code: string) =>
  unwrap(await api.api.rounds[':year'][':round'].indicators[':code'].$get({ param: { year: String(year), round: String(round), code } }));

export const roundIndicatorQueryOptions = (year: number, round: number, code: string) =>
  queryOptions({ queryKey: indicatorKeys.round(year, round, code), queryFn: () => getRoundIndicator(year, round, code) });

export const useRoundIndicator = (year: number, round: number, code: string) => useQuery(roundIndicatorQueryOptions(year, round, code));

export type RoundIndicator = Awaited<ReturnType<typeof getRoundIndicator>>;
export type IndicatorItem = RoundIndicator['items'][number];
