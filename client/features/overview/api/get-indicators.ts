import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { takePreloaded } from '../../../lib/preload';
import { overviewKeys } from './keys';

/** A fiscal year's indicator catalog (names, units, direction) in catalog order. */
export const getIndicators = async (year: number) => unwrap(await api.api.indicators.$get({ query: { year: String(year) } }));

export const indicatorsQueryOptions = (year: number) =>
  queryOptions({
    queryKey: overviewKeys.indicators(year),
    queryFn: () => getIndicators(year),
    staleTime: 10 * 60_000,
    initialData: () => takePreloaded<Awaited<ReturnType<typeof getIndicators>>>(`/api/indicators?year=${year}`),
  });

export const useIndicators = (year: number) => useQuery(indicatorsQueryOptions(year));

export type Indicator = Awaited<ReturnType<typeof getIndicators>>['indicators'][number];
