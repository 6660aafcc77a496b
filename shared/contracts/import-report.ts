/** The import report: what the pipeline found, shared by the API, the CLI and the client. */
import { z } from 'zod';
import { ImportPreview } from './import-preview';

export const ImportIssue = z.object({
  /** Row number as the user sees it in the sheet (the header is row 1); null for file-level problems. */
  row: z.number().int().nullable(),
  /** Canonical column key (e.g. `province`), null for file- or row-level problems. */
  column: z.string().nullable(),
  /** The column's header as written in the file, when known. */
  header: z.string().nullable(),
  code: z.string(),
  th: z.string(),
  en: z.string(),
  /** The offending cell text, when there is one. */
  value: z.string().nullable(),
  /** e.g. the provinces closest to a misspelled name. */
  suggestions: z.array(z.string()).optional(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

export const ImportReport = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  fileName: z.string(),
  sha256: z.string(),
  format: z.enum(['xlsx', 'csv']).nullable(),
  encoding: z.string().nullable(),
  sheet: z.string().nullable(),
  rounds: z.array(z.object({ year: z.number().int(), round: z.number().int() })),
  rows: z.object({ total: z.number().int(), new: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }),
  targets: z.object({ new: z.number().int(), changed: z.number().int() }),
  /** The batch written; null on a dry run, on rejection, or when nothing changed. */
  batchId: z.number().int().nullable(),
  /** The first MAX_REPORTED_ISSUES problems in reading order; the totals count all of them. */
  errors: z.array(ImportIssue),
  warnings: z.array(ImportIssue),
  errorsTotal: z.number().int(),
  warningsTotal: z.number().int(),
  /** A hash of what the import would write and the stored values it replaces (dry runs and checked confirms). */
  planHash: z.string().optional(),
  /** Every row that would change, before → after (dry runs only). */
  preview: ImportPreview.optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;
