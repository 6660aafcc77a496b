/**
 * The one import pipeline, used by the CLI, the HTTP API (through the import worker) and the demo loader:
 * read and validate every row (a CSV row by row as it is parsed) → plan against the store → (unless dry run or rejected) commit atomically.
 *
 * Plan and commit run in one `BEGIN IMMEDIATE` transaction: the plan names the values each row
 * replaces, and with the write lock taken before that plan is read, no other connection (the CLI, a
 * second server) can commit in between. Planning before the transaction let two imports both plan
 * against the same stored values: the later batch's history then named the wrong "before" values and
 * its rollback lost the batch in between, or a row both thought new failed its unique key (issue 9 §3).
 */
import { createHash } from 'node:crypto';
import { importColumns } from '../../../../shared/import-format';
import type { ImportIssue, ImportReport } from '../../../../shared/contracts/import-report';
import type { ImportProgress } from '../../../../shared/contracts/import-job';
import type { Db } from '../../../platform/db/client';
import { withoutForeignKeyChecks } from '../../../platform/db/foreign-keys';
import { commitPlan } from './commit';
import { loadImportContext } from './context';
import { MAX_REPORTED_ISSUES } from './limits';
import { planImport, referencesGone, referencesGoneIssue, type ImportPlan } from './plan';
import { planChangedIssue, planHash, previewPlan } from './preview';
import { openSpreadsheet } from './read';
import { validateRows, type ValidRow } from './validate';

/** How far an import has come, for the job endpoint and the import page's progress bar. */
export type { ImportProgress };

export interface ImportOptions {
  fileName: string;
  dryRun?: boolean;
  /** Allow rows whose targets differ from the stored ones to replace them (kept in history). */
  updateTargets?: boolean;
  importedBy: string;
  importedById?: number | null;
  ip?: string | null;
  source: 'cli' | 'api' | 'demo';
  now?: () => Date;
  /** Called at each phase boundary (not per row: the row loops stay free of callbacks). */
  onProgress?: (p: ImportProgress) => void;
  /** The hash a dry run returned: the import is refused (PLAN_CHANGED) unless the plan is still the same. */
  expectedPlanHash?: string;
}

/**
 * @example
 * const report = await importFile(db, bytes, { fileName: 'fy2566-r06.xlsx', importedBy: 'cli', source: 'cli' });
 * if (!report.ok) console.log(report.errors); // nothing was written
 */
export async function importFile(db: Db, bytes: Uint8Array, opts: ImportOptions): Promise<ImportReport> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const report: ImportReport = {
    ok: false,
    dryRun: opts.dryRun ?? false,
    fileName: opts.fileName,
    sha256,
    format: null,
    encoding: null,
    sheet: null,
    rounds: [],
    rows: { total: 0, new: 0, changed: 0, unchanged: 0 },
    targets: { new: 0, changed: 0 },
    batchId: null,
    errors: [],
    errorsTotal: 0,
  };
  const progress: ImportProgress = { phase: 'reading', rowsRead: 0, rowsValidated: 0, rowsWritten: 0 };
  const tell = (p: Partial<ImportProgress>) => opts.onProgress?.(Object.assign(progress, p));
  tell({});
  const opened = await openSpreadsheet(bytes);
  if (!opened.ok) return refused(report, opened.error, tell);
  const { sheet } = opened;
  tell({ phase: 'validating', rowsRead: sheet.rowsRead() });

  // Validation needs only the reference data (provinces, catalog, rounds), not stored values: it runs
  // outside the write lock, so another connection's import can commit meanwhile. A CSV is validated as it
  // is parsed (sheet-rows.ts); a problem found reading its later rows still refuses the whole file.
  const validated = validateRows(sheet, loadImportContext(db));
  const late = sheet.finish();
  if (late) return refused(report, late, tell);
  Object.assign(report, { format: sheet.format, encoding: sheet.encoding, sheet: sheet.sheet });
  tell({ phase: 'writing', rowsRead: sheet.rowsRead(), rowsValidated: validated.rows.length });
  const updateTargets = opts.updateTargets ?? false;
  const s = db.$client;
  const willWrite = validated.errors.length === 0 && !report.dryRun;
  if (!willWrite) {
    // Nothing is written: a read transaction is enough for a consistent snapshot to plan against.
    s.transaction(() => {
      const plan = planImport(db, validated.rows, { updateTargets });
      summarise(report, validated, plan);
      if (report.dryRun && report.errorsTotal === 0) {
        report.planHash = planHash(plan);
        report.preview = previewPlan(db, plan);
      }
    })();
    tell({ phase: 'done' });
    return report;
  }
  // SQLite's per-row foreign-key look-ups off for the write (platform/db/foreign-keys.ts): every key the
  // commit writes was inserted or read under this lock, and referencesGone checks the reference rows.
  withoutForeignKeyChecks(db, () => s.transaction(() => {
    const plan = planImport(db, validated.rows, { updateTargets });
    summarise(report, validated, plan);
    if (report.errorsTotal > 0) return;
    if (referencesGone(db, plan)) {
      report.errors = [referencesGoneIssue];
      report.errorsTotal = 1;
      report.ok = false;
      return;
    }
    if (opts.expectedPlanHash) {
      // Confirming a preview: write exactly what was previewed, or nothing (the plan is re-made under the lock).
      report.planHash = planHash(plan);
      if (report.planHash !== opts.expectedPlanHash) {
        report.errors = [planChangedIssue];
        report.errorsTotal = 1;
        report.ok = false;
        return;
      }
    }
    const changes = report.rows.new + report.rows.changed + report.targets.new + report.targets.changed;
    if (changes === 0) return; // importing the same file twice writes nothing, not even a batch
    report.batchId = commitPlan(db, plan, {
      fileName: opts.fileName,
      sha256,
      importedBy: opts.importedBy,
      importedById: opts.importedById ?? null,
      ip: opts.ip ?? null,
      source: opts.source,
      createdAt: (opts.now?.() ?? new Date()).toISOString(),
    }, {
      rowsTotal: report.rows.total,
      rowsNew: report.rows.new,
      rowsChanged: report.rows.changed,
      rowsUnchanged: report.rows.unchanged,
      targetsNew: report.targets.new,
      targetsChanged: report.targets.changed,
    });
  }).immediate());
  tell({ phase: 'done', rowsWritten: report.rows.new + report.rows.changed });
  return report;
}

/** Fills the report's counts and problems from the validation and the plan; ok when there are none. */
function summarise(
  report: ImportReport,
  validated: { rows: ValidRow[]; errors: ImportIssue[] },
  plan: ImportPlan,
): void {
  // concat, not push(...errors): spreading 450 k issues as arguments overflowed the stack (issue 9).
  const errors = validated.errors.concat(plan.errors);
  // Reading order: by row, then left to right in the canonical column order.
  const columnOrder = (c: string | null) => (c === null ? -1 : importColumns.findIndex((k) => k.key === c));
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || columnOrder(a.column) - columnOrder(b.column));
  // Only the first problems travel (50 k of them were a 28 MB response); the totals say how many in all.
  report.errors = errors.slice(0, MAX_REPORTED_ISSUES);
  report.errorsTotal = errors.length;

  // Keyed by the round's id, in one pass: a string and an array per row were 200,000 objects of garbage.
  const roundKeys = new Map<number, { year: number; round: number }>();
  for (const r of validated.rows) if (!roundKeys.has(r.roundId)) roundKeys.set(r.roundId, { year: r.ref.year, round: r.round });
  report.rounds = [...roundKeys.values()].sort((a, b) => a.year - b.year || a.round - b.round);
  report.rows = { total: validated.rows.length + new Set(validated.errors.map((e) => e.row).filter((r) => r !== null)).size, new: 0, changed: 0, unchanged: 0 };
  for (const r of plan.results) report.rows[r.change]++;
  report.targets = { new: 0, changed: 0 };
  for (const a of plan.assignments) if (a.change !== 'unchanged') report.targets[a.change]++;
  report.ok = report.errorsTotal === 0;
}

/** The file cannot be read as a spreadsheet: one problem, nothing validated or written. */
function refused(report: ImportReport, e: { code: string; th: string; en: string }, tell: (p: Partial<ImportProgress>) => void): ImportReport {
  report.errors.push(fileIssue(e));
  report.errorsTotal = 1;
  tell({ phase: 'done' });
  return report;
}

function fileIssue(e: { code: string; th: string; en: string }): ImportIssue {
  return { row: null, column: null, header: null, code: e.code, th: e.th, en: e.en, value: null };
}
