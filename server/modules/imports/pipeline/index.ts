/**
 * The one import pipeline, used by the CLI, the HTTP API and the demo loader:
 * read → validate every row → plan against the store → (unless dry run or rejected) commit atomically.
 */
import { createHash } from 'node:crypto';
import { importColumns } from '../../../../shared/import-format';
import type { ImportIssue, ImportReport } from '../../../../shared/contracts/import-report';
import type { Db } from '../../../platform/db/client';
import { commitPlan } from './commit';
import { loadImportContext } from './context';
import { MAX_REPORTED_ISSUES } from './limits';
import { planImport } from './plan';
import { planChangedIssue, planHash, previewPlan } from './preview';
import { readSpreadsheet } from './read';
import { validateTable } from './validate';

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
    warnings: [],
    errorsTotal: 0,
    warningsTotal: 0,
  };
  const read = await readSpreadsheet(bytes);
  if (!read.ok) {
    report.errors.push(fileIssue(read.error));
    report.errorsTotal = 1;
    return report;
  }
  const { table } = read;
  Object.assign(report, { format: table.format, encoding: table.encoding, sheet: table.sheet });

  const validated = validateTable(table, loadImportContext(db));
  const plan = planImport(db, validated.rows, { updateTargets: opts.updateTargets ?? false });
  // concat, not push(...errors): spreading 450 k issues as arguments overflowed the stack (issue 9).
  const errors = validated.errors.concat(plan.errors);
  // Reading order: by row, then left to right in the canonical column order.
  const columnOrder = (c: string | null) => (c === null ? -1 : importColumns.findIndex((k) => k.key === c));
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || columnOrder(a.column) - columnOrder(b.column));
  // Only the first problems travel (50 k of them were a 28 MB response); the totals say how many in all.
  report.errors = errors.slice(0, MAX_REPORTED_ISSUES);
  report.errorsTotal = errors.length;
  report.warnings = validated.warnings.slice(0, MAX_REPORTED_ISSUES);
  report.warningsTotal = validated.warnings.length;

  const roundKeys = new Map(validated.rows.map((r) => [`${r.year}-${r.round}`, { year: r.year, round: r.round }]));
  report.rounds = [...roundKeys.values()].sort((a, b) => a.year - b.year || a.round - b.round);
  report.rows.total = validated.rows.length + new Set(validated.errors.map((e) => e.row).filter((r) => r !== null)).size;
  for (const r of plan.results) report.rows[r.change]++;
  for (const a of plan.assignments) if (a.change !== 'unchanged') report.targets[a.change]++;

  if (report.errorsTotal > 0) return report;
  if (report.dryRun || opts.expectedPlanHash) {
    report.planHash = planHash(plan);
    if (report.dryRun) report.preview = previewPlan(db, plan);
    else if (report.planHash !== opts.expectedPlanHash) {
      report.errors = [planChangedIssue];
      report.errorsTotal = 1;
      return report;
    }
  }
  report.ok = true;
  const changes = report.rows.new + report.rows.changed + report.targets.new + report.targets.changed;
  if (report.dryRun || changes === 0) return report; // importing the same file twice writes nothing, not even a batch

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
  return report;
}

function fileIssue(e: { code: string; th: string; en: string }): ImportIssue {
  return { row: null, column: null, header: null, code: e.code, th: e.th, en: e.en, value: null };
}
