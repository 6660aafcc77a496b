import type { RouteHandler } from '@hono/zod-openapi';
import { desc, eq, getTableColumns, max } from 'drizzle-orm';
import { fiscalYears, importBatches } from '../../platform/db/schema';
import { importQueueFor } from './worker/queue';
import { databaseBusyMessage } from '../../platform/db/busy';
import { batchChanges, rollbackBatch } from './pipeline/rollback';
import { buildImportTemplate } from './pipeline/template';
import { listIndicators, listProvinces, yearExists } from '../rounds/rounds.queries';
import { clientIp } from '../../platform/http/auth';
import { ApiError, notFound } from '../../platform/http/errors';
import type { AppEnv } from '../../platform/http/env';
import type * as routes from './imports.routes';

/** Reduces a client-supplied file name to a safe display name (no directories, no control characters). */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // A safe set rather than a blacklist: visible characters of any script (letters, marks, digits,
  // punctuation, symbols) and the plain space. Controls (CR/LF, NUL), format characters (bidi
  // overrides, zero-width) and other separators become '_', so a stored name can neither split a
  // header or log line nor display reversed ('fdp.xlsx' shown as 'xlsx.pdf').
  const cleaned = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, '_')
    .replace(/_{2,}/g, '_')
    .trim()
    .slice(0, 200);
  return cleaned.replace(/^[._]+$/, '') || 'upload';
}

/** Not a spreadsheet at all: 415, as documented. */
const rejectedByFile = new Set(['NOT_A_SPREADSHEET', 'LEGACY_XLS', 'XLSX_UNREADABLE']);
/** A spreadsheet past a reading limit: 413, the upload is too large in what it holds. */
const rejectedBySize = new Set(['TOO_MANY_ROWS', 'TOO_MANY_COLUMNS', 'CELL_TOO_LONG', 'INFLATED_TOO_LARGE', 'COMPRESSION_RATIO']);

export const create: RouteHandler<typeof routes.create, AppEnv> = async (c) => {
  const { dryRun, updateTargets, async: answerAtOnce } = c.req.valid('query');
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
  const queue = importQueueFor(c.var.db, c.var.config.dbPath);
  const { job: queued, finished } = queue.submit(new Uint8Array(await file.arrayBuffer()), {
    fileName: safeFileName(file.name),
    dryRun,
    updateTargets,
    importedBy: c.var.actor.username,
    importedById: c.var.actor.id,
    ip: clientIp(c),
    source: 'api',
  });
  if (answerAtOnce) return c.json(queued, 202);
  const done = await finished;
  if (!done.report) {
    const e = done.error!;
    throw new ApiError(e.code === databaseBusyMessage.code ? 503 : 500, e.code, e.message, e.messageTh);
  }
  const report = done.report;
  if (report.ok) return c.json(report, 200);
  const fileProblem = report.errors.find((e) => e.row === null && rejectedByFile.has(e.code));
  if (fileProblem) throw new ApiError(415, fileProblem.code, fileProblem.en, fileProblem.th, report);
  const sizeProblem = report.errors.find((e) => e.row === null && rejectedBySize.has(e.code));
  if (sizeProblem) throw new ApiError(413, sizeProblem.code, sizeProblem.en, sizeProblem.th, report);
  const total = report.errorsTotal;
  const shown = total > report.errors.length ? ` The first ${report.errors.length} are listed.` : '';
  const shownTh = total > report.errors.length ? ` แสดง ${report.errors.length} รายการแรก` : '';
  throw new ApiError(
    422,
    'IMPORT_REJECTED',
    `${total} problem(s); nothing was imported.${shown}`,
    `พบปัญหา ${total} รายการ ยังไม่ได้นำเข้าข้อมูลใด ๆ${shownTh}`,
    report,
  );
};

export const list: RouteHandler<typeof routes.list, AppEnv> = (c) => {
  const { rolledBackAt: _at, rolledBackBy: _by, ...listed } = getTableColumns(importBatches);
  const batches = c.var.db.select(listed).from(importBatches).orderBy(desc(importBatches.id)).all();
  return c.json({ batches }, 200);
};

export const template: RouteHandler<typeof routes.template, AppEnv> = async (c) => {
  const db = c.var.db;
  const asked = c.req.valid('query').year;
  const year = asked ?? (db.select({ y: max(fiscalYears.year) }).from(fiscalYears).get()?.y ?? new Date().getFullYear() + 543);
  if (!yearExists(db, year)) throw notFound(`Fiscal year ${year}`, `ปีงบประมาณ ${year}`);
  const bytes = await buildImportTemplate(year, listProvinces(db), listIndicators(db, year));
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="kpi-import-template-${year}.xlsx"`,
  });
};

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
  return c.json(found, 200);
};
