import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { noticeKeys } from './keys';

export const getNotice = async (year: number, round: number, iso: string) =>
  unwrap(await api.api.notices[':year'][':round'][':iso'].$get({ param: { year: String(year), round: String(round), iso } }));

export const noticeQueryOptions = (year: number, round: number, iso: string) =>
  queryOptions({ queryKey: noticeKeys.one(year, round, iso), queryFn: () => getNotice(year, round, iso) });

export const useNotice = (year: number, round: number, iso: string) => useQuery(noticeQueryOptions(year, round, iso));
