import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { noticeKeys } from './keys';

export const getRecommendations = async (year: number, round: number) =>
  unwrap(await api.api.notices[':year'][':round'].recommendations.$get({ param: { year: String(year), round: String(round) } }));

export type NationalRow = Awaited<ReturnType<typeof getRecommendations>>['indicators'][number];

export const recommendationsQueryOptions = (year: number, round: number) =>
  queryOptions({ queryKey: noticeKeys.recommendations(year, round), queryFn: () => getRecommendations(year, round) });

export const useRecommendations = (year: number, round: number) => useQuery(recommendationsQueryOptions(year, round));
