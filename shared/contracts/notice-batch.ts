/** A batch job rendering every province's notice of a round as one ZIP or one merged PDF. */
import { z } from 'zod';
import { Digits } from './notice';

export const BatchFormat = z.enum(['zip', 'pdf']);
export type BatchFormat = z.infer<typeof BatchFormat>;

export const BatchInfo = z
  .object({
    id: z.string(),
    year: z.number().int(),
    round: z.number().int(),
    format: BatchFormat,
    digits: Digits,
    state: z.enum(['running', 'done', 'failed']),
    done: z.number().int(),
    total: z.number().int(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    error: z.string().nullable(),
    fileName: z.string(),
    fileUrl: z.string().nullable().describe('Where to download the file once done'),
  })
  .meta({ id: 'NoticeBatch' });
export type BatchInfo = z.infer<typeof BatchInfo>;
