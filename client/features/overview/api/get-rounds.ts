import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export const getRounds = async () => unwrap(await api.api.rounds.$get());

export const roundsQueryOptions = () => queryOptions({ queryKey: ['rounds'], queryFn: getRounds });

export const useRounds = () => useQuery(roundsQueryOptions());
