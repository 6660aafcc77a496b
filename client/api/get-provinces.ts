import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api';
import { takePreloaded } from '../lib/preload';
import { provincesKey } from './keys';

export const getProvinces = async () => unwrap(await api.api.provinces.$get());

/** Reference data: changes only with a new release, so it is never refetched during a visit. */
export const provincesQueryOptions = () => queryOptions({ queryKey: provincesKey, queryFn: getProvinces, staleTime: Infinity, initialData: () => takePreloaded<Awaited<ReturnType<typeof getProvinces>>>('/api/provinces') });

export const useProvinces = () => useQuery(provincesQueryOptions());
