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
  /**
   * The first MAX_REPORTED_ISSUES problems in reading order; the total counts all of them. There are
   * no warnings: any problem refuses the whole file (nothing is written), and what a good file will
   * change is the dry run's preview.
   */
  errors: z.array(ImportIssue),
  errorsTotal: z.number().int(),
  /** A hash of what the import would write and the stored values it replaces (dry runs and checked confirms). */
  planHash: z.string().optional(),
  /** Every row that would change, before → after (dry runs only). */
  preview: ImportPreview.optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/**
 * Problems with the file as a whole that the API answers with their own status instead of 422: not a
 * spreadsheet at all (415), or a spreadsheet past a reading limit (413). One list for the server's
 * refusal and for the client, which reads the same report from an import job.
 */
export const fileRefusalStatus = {
  NOT_A_SPREADSHEET: 415,
  LEGACY_XLS: 415,
  XLSX_UNREADABLE: 415,
  TOO_MANY_ROWS: 413,
  TOO_MANY_COLUMNS: 413,
  CELL_TOO_LONG: 413,
  INFLATED_TOO_LARGE: 413,
  COMPRESSION_RATIO: 413,
} as const satisfies Record<string, 413 | 415>;

/**
 * The file-level problem that decides a refused report's status, or null when the rows are at fault
 * (422). Not a spreadsheet wins over too large: the file's kind is the first thing to put right.
 *
 * @example fileRefusal(report) // { issue: { code: 'LEGACY_XLS', … }, status: 415 }
 */
export function fileRefusal(report: Pick<ImportReport, 'errors'>): { issue: ImportIssue; status: 413 | 415 } | null {
  const statusOf = (e: ImportIssue) => (e.row === null ? (fileRefusalStatus as Record<string, 413 | 415>)[e.code] : undefined);
  for (const status of [415, 413] as const) {
    const issue = report.errors.find((e) => statusOf(e) === status);
    if (issue) return { issue, status };
  }
  return null;
}
