import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { provinceKeys } from './keys';

/** Every indicator and component of the province across all rounds and fiscal years (one request). */
export const getProvinceHistory = async (iso: string) =>
  unwrap(await api.api.provinces[':iso'].history.$get({ param: { iso }, query: {} }));

export const provinceHistoryQueryOptions = (iso: string) =>
  queryOptions({ queryKey: provinceKeys.history(iso), queryFn: () => getProvinceHistory(iso) });

export const useProvinceHistory = (iso: string) => useQuery(provinceHistoryQueryOptions(iso));

export type HistorySeries = Awaited<ReturnType<typeof getProvinceHistory>>['series'][number];
export type HistoryPoint = HistorySeries['points'][number];
