import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type BatchFormat = 'zip' | 'pdf';

export const postNoticeBatch = async (year: number, round: number, format: BatchFormat, digits: 'thai' | 'arabic', withLetter = false) =>
  unwrap(await api.api['notice-batches'].$post({ json: { year, round, format, digits, withLetter } }));

export type NoticeBatch = Awaited<ReturnType<typeof postNoticeBatch>>;

export const useStartNoticeBatch = () =>
  useMutation({ mutationFn: (v: { year: number; round: number; format: BatchFormat; digits: 'thai' | 'arabic'; withLetter?: boolean }) => postNoticeBatch(v.year, v.round, v.format, v.digits, v.withLetter) });
