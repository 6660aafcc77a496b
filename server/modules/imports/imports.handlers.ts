import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { fileRefusal, type ImportReport } from '../../../shared/contracts/import-report';
import type { ImportJob } from '../../../shared/contracts/import-job';
import { desc, eq, getTableColumns, max } from 'drizzle-orm';
import { fiscalYears, importBatches, rounds } from '../../platform/db/schema';
import { ownProvince } from '../../../shared/policy';
import { fiscalYearOf } from '../../../shared/format/dates';
import { formRows, roundId } from './imports.queries';
import { buildRoundForm } from './pipeline/round-form';
import { safeFileName } from '../../../shared/text-rules';
import { importQueueFor } from './worker/queue';
import { databaseBusyMessage } from '../../platform/db/busy';
import { batchChanges, rollbackBatch } from './pipeline/rollback';
import { buildImportTemplate } from './pipeline/template';
import { buildPreviewWorkbook } from './pipeline/preview-workbook';
import { listIndicators, listProvinces, yearExists } from '../rounds/rounds.queries';
import { clientIp } from '../../platform/http/auth';
import { ApiError, notFound } from '../../platform/http/errors';
import type { AppEnv } from '../../platform/http/env';
import { logImportJob } from './import-log';
import type * as routes from './imports.routes';

/** The file-name rule lives with the other text rules; re-exported for callers of this module. */
export { safeFileName };


/** The uploaded file of a multipart body, or a clear 415 / 422. */
async function uploadedFile(c: Context<AppEnv>): Promise<File> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data in the field "file".', 'กรุณาส่งไฟล์แบบ multipart/form-data ในช่อง "file"');
  }
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody();
  } catch {
    throw new ApiError(422, 'MALFORMED_MULTIPART', 'The multipart body could not be read.', 'อ่านข้อมูลที่อัปโหลดไม่ได้ กรุณาอัปโหลดใหม่');
  }
  const file = body.file;
  if (!(file instanceof File)) {
    throw new ApiError(422, 'FILE_MISSING', 'No file in the field "file".', 'ไม่พบไฟล์ในช่อง "file" กรุณาเลือกไฟล์ที่จะนำเข้า');
  }
  return file;
}

/** The finished job's report, or its failure as an error (503 when the database stayed busy). */
async function reportOf(finished: Promise<ImportJob>): Promise<ImportReport> {
  const done = await finished;
  if (done.report) return done.report;
  const e = done.error!;
  throw new ApiError(e.code === databaseBusyMessage.code ? 503 : 500, e.code, e.message, e.messageTh);
}

/**
 * The error for a report that is not ok: 409 when the store changed under the file (a stale preview, or
 * reference rows gone since validation: try again), 415 not a spreadsheet, 413 too large, else 422.
 */
function refusal(report: ImportReport): ApiError {
  const stale = report.errors.find((e) => e.code === 'PLAN_CHANGED' || e.code === 'REFERENCE_CHANGED');
  if (stale) return new ApiError(409, stale.code, stale.en, stale.th, report);
  const file = fileRefusal(report);
  if (file) return new ApiError(file.status, file.issue.code, file.issue.en, file.issue.th, report);
  const total = report.errorsTotal;
  const shown = total > report.errors.length ? ` The first ${report.errors.length} are listed.` : '';
  const shownTh = total > report.errors.length ? ` แสดง ${report.errors.length} รายการแรก` : '';
  return new ApiError(
    422,
    'IMPORT_REJECTED',
    `${total} problem(s); nothing was imported.${shown}`,
    `พบปัญหา ${total} รายการ ยังไม่ได้นำเข้าข้อมูลใด ๆ${shownTh}`,
    report,
  );
}

export const create: RouteHandler<typeof routes.create, AppEnv> = async (c) => {
  const { dryRun, updateTargets, planHash, async: answerAtOnce } = c.req.valid('query');
  const file = await uploadedFile(c);
  const started = performance.now();
  const fileName = safeFileName(file.name);
  // The import runs in the worker thread, one at a time, so reads keep being answered meanwhile.
  const queue = importQueueFor(c.var.db, c.var.config.dbPath);
  const { job: queued, finished } = queue.submit(new Uint8Array(await file.arrayBuffer()), {
    fileName,
    dryRun,
    updateTargets,
    importedBy: c.var.actor.username,
    importedById: c.var.actor.id,
    ip: clientIp(c),
    source: 'api',
    expectedPlanHash: dryRun ? undefined : planHash,
  });
  // One JSON line per job when it settles (beside the request's own line), also when answered at once with 202.
  const log = c.var.log;
  const userId = c.var.actor.id;
  void finished.then((done) => logImportJob(log, done, { fileName, bytes: file.size, dryRun, ms: performance.now() - started, userId, source: 'api' }));
  if (answerAtOnce) return c.json(queued, 202);
  const report = await reportOf(finished);
  if (report.ok) return c.json(report, 200);
  throw refusal(report);
};

export const previewWorkbook: RouteHandler<typeof routes.previewWorkbook, AppEnv> = async (c) => {
  const { updateTargets } = c.req.valid('query');
  const file = await uploadedFile(c);
  const fileName = safeFileName(file.name);
  // A dry run too goes through the worker: it reads every row and plans against the store.
  const { finished } = importQueueFor(c.var.db, c.var.config.dbPath).submit(new Uint8Array(await file.arrayBuffer()), {
    fileName, dryRun: true, updateTargets, importedBy: c.var.actor.username, importedById: c.var.actor.id, ip: clientIp(c), source: 'api',
  });
  const report = await reportOf(finished);
  if (!report.ok || !report.preview) throw refusal(report);
  const bytes = await buildPreviewWorkbook(report.preview, fileName);
  const base = fileName.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_') || 'import';
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="preview-${base}.xlsx"`,
  });
};

export const list: RouteHandler<typeof routes.list, AppEnv> = (c) => {
  const { rolledBackAt: _at, rolledBackBy: _by, ...listed } = getTableColumns(importBatches);
  const batches = c.var.db.select(listed).from(importBatches).orderBy(desc(importBatches.id)).all();
  return c.json({ batches }, 200);
};

export const template: RouteHandler<typeof routes.template, AppEnv> = async (c) => {
  const db = c.var.db;
  const query = c.req.valid('query');
  const year = query.year ?? (db.select({ y: max(fiscalYears.year) }).from(fiscalYears).get()?.y ?? fiscalYearOf(new Date()));
  if (!yearExists(db, year)) throw notFound(`Fiscal year ${year}`, `ปีงบประมาณ ${year}`);
  const own = ownProvince(c.var.user!);
  // A province user has no use for the empty template: it gets its own form of the latest round.
  const round = query.round ?? (own ? db.select({ m: max(rounds.months) }).from(rounds).where(eq(rounds.year, year)).get()?.m ?? undefined : undefined);
  if (round === undefined) {
    const bytes = await buildImportTemplate(year, listProvinces(db), listIndicators(db, year));
    return xlsx(c, bytes, `kpi-import-template-${year}.xlsx`);
  }
  if (roundId(db, year, round) === undefined) throw notFound(`Round ${year}/${round}`, `รอบ ${round} เดือน ปีงบประมาณ ${year}`);
  const bytes = await buildRoundForm(year, round, formRows(db, year, round, own));
  return xlsx(c, bytes, `kpi-form-${year}-${round}${own ? `-${own}` : ''}.xlsx`);
};

function xlsx(c: Context<AppEnv>, bytes: Uint8Array, fileName: string) {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${fileName}"`,
  });
}

export const rollback: RouteHandler<typeof routes.rollback, AppEnv> = (c) => {
  const { id } = c.req.valid('param');
  const actor = c.var.actor;
  const outcome = rollbackBatch(c.var.db, id, { ...actor, ip: clientIp(c) });
  if (!outcome.ok) throw new ApiError(outcome.code === 'NOT_FOUND' ? 404 : 409, outcome.code, outcome.en, outcome.th);
  return c.json({ batchId: id, results: outcome.results, targets: outcome.targets }, 200);
};

export const changes: RouteHandler<typeof routes.changes, AppEnv> = (c) => {
  const { id } = c.req.valid('param');
  if (!c.var.db.select({ id: importBatches.id }).from(importBatches).where(eq(importBatches.id, id)).get()) throw notFound(`Import batch ${id}`, `ชุดนำเข้าที่ ${id}`);
  return c.json({ batchId: id, changes: batchChanges(c.var.db, id) }, 200);
};

export const job: RouteHandler<typeof routes.job, AppEnv> = (c) => {
  const { id } = c.req.valid('param');
  const found = importQueueFor(c.var.db, c.var.config.dbPath).find(id);
  if (!found) throw notFound(`Import job ${id}`, `งานนำเข้า ${id}`);
  return c.json(found, 200); // declared `noStore` with the route
};
