import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { noticeKeys } from './keys';
import type { NoticeAction } from '../../../../shared/contracts/notice-workflow';

export type { NoticeAction };

export const postNoticeAction = async (year: number, round: number, action: NoticeAction, isos: string[]) =>
  unwrap(await api.api.notices[':year'][':round'].actions.$post({ param: { year: String(year), round: String(round) }, json: { action, isos } }));

export type ActionOutcome = Awaited<ReturnType<typeof postNoticeAction>>['outcomes'][number];

/** Why a province's action was refused, in the reader's language (the code when there is no message). */
export const refusalMessage = (o: ActionOutcome, lang: 'th' | 'en') => (lang === 'th' ? o.messageTh : o.message) ?? o.code;

/** Review, issue or reopen notices; refreshes the round's notices afterwards. */
export const useNoticeAction = (year: number, round: number) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, isos }: { action: NoticeAction; isos: string[] }) => postNoticeAction(year, round, action, isos),
    onSettled: () => qc.invalidateQueries({ queryKey: noticeKeys.round(year, round) }),
  });
};
