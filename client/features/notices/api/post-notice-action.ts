import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { noticeKeys } from './keys';

export type NoticeAction = 'review' | 'issue' | 'reopen';

export const postNoticeAction = async (year: number, round: number, action: NoticeAction, isos: string[]) =>
  unwrap(await api.api.notices[':year'][':round'].actions.$post({ param: { year: String(year), round: String(round) }, json: { action, isos } }));

export type ActionOutcome = Awaited<ReturnType<typeof postNoticeAction>>['outcomes'][number];

/** Review, issue or reopen notices; refreshes the round's notices afterwards. */
export const useNoticeAction = (year: number, round: number) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, isos }: { action: NoticeAction; isos: string[] }) => postNoticeAction(year, round, action, isos),
    onSettled: () => qc.invalidateQueries({ queryKey: noticeKeys.round(year, round) }),
  });
};
