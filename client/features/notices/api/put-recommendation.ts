import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { noticeKeys } from './keys';

/** `text: null` drops the edit so the draft stands again; an empty text means "no recommendation". */
export const putRecommendation = async (year: number, round: number, code: string, text: string | null) =>
  unwrap(await api.api.notices[':year'][':round'].recommendations[':code'].$put({ param: { year: String(year), round: String(round), code }, json: { text } }));

export const useEditRecommendation = (year: number, round: number) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ code, text }: { code: string; text: string | null }) => putRecommendation(year, round, code, text),
    // Every notice that prints this recommendation changes too.
    onSettled: () => qc.invalidateQueries({ queryKey: noticeKeys.round(year, round) }),
  });
};
