import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { noticeKeys } from './keys';

export const getNoticeVersion = async (year: number, round: number, iso: string, version: number) =>
  unwrap(
    await api.api.notices[':year'][':round'][':iso'].versions[':version'].$get({
      param: { year: String(year), round: String(round), iso, version: String(version) },
    }),
  );

/** An issued version never changes, so it is cached for good. */
export const noticeVersionQueryOptions = (year: number, round: number, iso: string, version: number) =>
  queryOptions({ queryKey: noticeKeys.version(year, round, iso, version), queryFn: () => getNoticeVersion(year, round, iso, version), staleTime: Infinity });

export const useNoticeVersion = (year: number, round: number, iso: string, version: number | null) =>
  useQuery({ ...noticeVersionQueryOptions(year, round, iso, version ?? 0), enabled: version !== null });
