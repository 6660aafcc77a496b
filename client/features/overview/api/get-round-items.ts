import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { takePreloaded } from '../../../lib/preload';
import { overviewKeys } from './keys';

/** Every item of a round in one request, so switching the map's indicator needs no request at all. */
export const getRoundItems = async (year: number, round: number) =>
  unwrap(await api.api.rounds[':year'][':round'].items.$get({ param: { year: String(year), round: String(round) } }));

export const roundItemsQueryOptions = (year: number, round: number) =>
  queryOptions({
    queryKey: overviewKeys.items(year, round),
    queryFn: () => getRoundItems(year, round),
    initialData: () => takePreloaded<Awaited<ReturnType<typeof getRoundItems>>>(`/api/rounds/${year}/${round}/items`),
  });

export const useRoundItems = (year: number, round: number) => useQuery(roundItemsQueryOptions(year, round));

export type RoundItem = Awaited<ReturnType<typeof getRoundItems>>['items'][number];
