import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { noticeKeys } from './keys';

export const getNotices = async (year: number, round: number) =>
  unwrap(await api.api.notices[':year'][':round'].$get({ param: { year: String(year), round: String(round) } }));

export type NoticesList = Awaited<ReturnType<typeof getNotices>>;
export type NoticeListEntry = NoticesList['notices'][number];

export const noticesQueryOptions = (year: number, round: number) =>
  queryOptions({ queryKey: noticeKeys.list(year, round), queryFn: () => getNotices(year, round) });

export const useNotices = (year: number, round: number) => useQuery(noticesQueryOptions(year, round));
