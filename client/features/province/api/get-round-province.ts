import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { provinceKeys } from './keys';

export const getRoundProvince = async (year: number, round: number, iso: string) =>
  unwrap(await api.api.rounds[':year'][':round'].provinces[':iso'].$get({ param: { year: String(year), round: String(round), iso } }));

export const roundProvinceQueryOptions = (year: number, round: number, iso: string) =>
  queryOptions({ queryKey: provinceKeys.round(year, round, iso), queryFn: () => getRoundProvince(year, round, iso) });

export const useRoundProvince = (year: number, round: number, iso: string) => useQuery(roundProvinceQueryOptions(year, round, iso));

export type RoundProvince = Awaited<ReturnType<typeof getRoundProvince>>;
export type ProvinceItem = RoundProvince['items'][number];
