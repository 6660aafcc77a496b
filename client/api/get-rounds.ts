import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api';
import { takePreloaded } from '../lib/preload';
import { roundKeys } from './keys';

export const getRounds = async () => unwrap(await api.api.rounds.$get());

export const roundsQueryOptions = () => queryOptions({ queryKey: roundKeys.all, queryFn: getRounds, initialData: () => takePreloaded<Awaited<ReturnType<typeof getRounds>>>('/api/rounds') });

export const useRounds = () => useQuery(roundsQueryOptions());

export type RoundInfo = Awaited<ReturnType<typeof getRounds>>['rounds'][number];

/** Rounds that hold results, newest first: staff open the dashboard for the round they review now. */
export const roundsWithData = (rounds: readonly RoundInfo[]) => rounds.filter((r) => r.results > 0).reverse();
