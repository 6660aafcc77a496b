import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { noticeKeys } from './keys';

/** `text: null` drops the edit so the draft stands again. */
export const putObservation = async (year: number, round: number, iso: string, assignmentId: number, text: string | null) =>
  unwrap(
    await api.api.notices[':year'][':round'][':iso'].observations[':assignmentId'].$put({
      param: { year: String(year), round: String(round), iso, assignmentId: String(assignmentId) },
      json: { text },
    }),
  );

export const useEditObservation = (year: number, round: number, iso: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ assignmentId, text }: { assignmentId: number; text: string | null }) => putObservation(year, round, iso, assignmentId, text),
    onSettled: () => qc.invalidateQueries({ queryKey: noticeKeys.round(year, round) }),
  });
};
