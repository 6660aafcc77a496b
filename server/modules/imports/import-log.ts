/**
 * The one JSON log line per import job (issue 9, structured logs), the same fields whoever ran it:
 * the server (an upload, answered at once or after the job) and the CLI. Never the file's content.
 */
import type { ImportReport } from '../../../shared/contracts/import-report';
import type { Logger } from '../../platform/log';

export interface ImportLogContext {
  fileName: string;
  bytes: number;
  dryRun: boolean;
  /** From the request (or the CLI's start) to the report: queueing and reading included. */
  ms: number;
  userId: number | null;
  source: 'cli' | 'api' | 'demo';
}

/** What became of the job, in one word a log query can group by. */
function outcomeOf(report: ImportReport | null): 'imported' | 'unchanged' | 'checked' | 'rejected' | 'failed' {
  if (!report) return 'failed';
  if (!report.ok) return 'rejected';
  if (report.dryRun) return 'checked';
  return report.batchId === null ? 'unchanged' : 'imported';
}

/**
 * @example
 * logImportJob(log, { report }, { fileName: 'r06.xlsx', bytes: 38_776, dryRun: false, ms: 412, userId: 3, source: 'api' });
 * // {"level":"info","msg":"import","outcome":"imported","batchId":7,"rows":676,…}
 */
export function logImportJob(log: Logger, done: { report: ImportReport | null; error?: { code: string } | null }, at: ImportLogContext): void {
  const report = done.report;
  const outcome = outcomeOf(report);
  log[outcome === 'failed' ? 'error' : report?.ok ? 'info' : 'warn']('import', {
    outcome,
    ok: report?.ok ?? false,
    source: at.source,
    fileName: at.fileName,
    bytes: at.bytes,
    dryRun: at.dryRun,
    ms: Math.round(at.ms),
    userId: at.userId,
    batchId: report?.batchId ?? null,
    rows: report?.rows.total ?? 0,
    new: report?.rows.new ?? 0,
    changed: report?.rows.changed ?? 0,
    errors: report?.errorsTotal ?? 0,
    firstError: report?.errors[0]?.code ?? done.error?.code ?? null,
  });
}
