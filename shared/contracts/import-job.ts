/** An import running (or queued) in the server's import worker, as `GET /api/import-jobs/{id}` shows it. */
import { z } from 'zod';
import { ImportReport } from './import-report';

export const ImportProgress = z.object({
  phase: z.enum(['queued', 'reading', 'validating', 'writing', 'done']),
  /** Data rows read from the file (known once the file is read). */
  rowsRead: z.number().int(),
  /** Rows that passed validation. */
  rowsValidated: z.number().int(),
  /** Results written (new or changed), once the batch is committed. */
  rowsWritten: z.number().int(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const ImportJob = z.object({
  id: z.string(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  fileName: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Imports waiting ahead of this one (0 when it runs or has finished): one import runs at a time. */
  ahead: z.number().int(),
  progress: ImportProgress,
  /** The report once done (ok or rejected: `report.ok` says which). */
  report: ImportReport.nullable(),
  /** Why the job failed without a report (the database busy past its timeout, the worker died). */
  error: z.object({ code: z.string(), message: z.string(), messageTh: z.string() }).nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;
