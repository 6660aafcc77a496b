import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { noticeKeys } from './keys';

export const getNoticeBatch = async (id: string) => unwrap(await api.api['notice-batches'][':id'].$get({ param: { id } }));

/** Polls a running batch every half second until it is done or failed. */
export const noticeBatchQueryOptions = (id: string) =>
  queryOptions({
    queryKey: noticeKeys.batch(id),
    queryFn: () => getNoticeBatch(id),
    refetchInterval: (q) => (q.state.data && q.state.data.state !== 'running' ? false : 500),
  });

export const useNoticeBatch = (id: string | null) => useQuery({ ...noticeBatchQueryOptions(id ?? ''), enabled: id !== null });
