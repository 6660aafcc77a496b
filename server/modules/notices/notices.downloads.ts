/**
 * PDF, ZIP and batch-job handlers. The file routes end in an extension, so they are plain Hono routes
 * whose parameters are parsed by the schemas below, with the same field schemas as the OpenAPI routes.
 */
import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { findBatch, startBatch as start, type BatchJob } from './pdf/jobs';
import { annexFileName, renderAnnexPdf, renderRoundAnnex } from './pdf/annex';
import { buildAnnexModel } from './model';
import { mergeNotices, pdfFileName, printableNotice, renderNoticePdf, renderRound, zipNotices } from './pdf/print';
import { withLetters } from './pdf/letter-pdf';
import { readVersion } from './workflow';
import { ApiError, notFound } from '../../platform/http/errors';
import { parseQuery } from '../../platform/http/guard';
import type { AppEnv } from '../../platform/http/env';
import { canViewDraftNotices } from '../../../shared/policy';
import { IsoCode, Round, Year } from '../../../shared/contracts';
import { requireProvince, requireRound } from './notices.handlers';
import { DownloadQuery } from './notices.files.routes';
import type * as routes from './notices.batches.routes';

const file = (c: Context, bytes: Uint8Array, type: string, name: string) =>
  c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'content-type': type, 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' });

/** `/2566/6/TH-15.pdf`: the file name is the province's ISO code (normalised by IsoCode). */
export const NoticeFileParams = z
  .object({ year: Year, round: Round, file: z.string().regex(/\.pdf$/i, 'a file name such as TH-15.pdf').transform((f) => f.slice(0, -4)).pipe(IsoCode) })
  .transform(({ file, ...p }) => ({ ...p, iso: file }));
/** `/2566/6.zip`: the file name is the round and the format. */
export const RoundFileParams = z
  .object({ year: Year, file: z.string().regex(/^(6|12)\.(zip|pdf)$/, 'a file name such as 6.zip or 6.pdf') })
  .transform(({ year, file }) => ({ year, round: Number(file.split('.')[0]), format: file.split('.')[1] as 'zip' | 'pdf' }));
/** `withLetter=true` puts each province's cover letter before its notice. */
const RoundFileQuery = DownloadQuery.pick({ digits: true }).extend({ withLetter: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') });

export async function noticePdf(c: Context<AppEnv>, p: z.output<typeof NoticeFileParams>) {
  const q = parseQuery(DownloadQuery, c);
  const iso = p.iso;
  const db = c.var.db;
  if (!canViewDraftNotices(c.var.user!)) {
    // Governors and viewers print issued versions only: 'current' means the latest issued one.
    if (q.version === 'live') throw new ApiError(403, 'FORBIDDEN', 'Only OPDC staff may print a draft.', 'เฉพาะเจ้าหน้าที่ สำนักงาน ก.พ.ร. เท่านั้นที่พิมพ์ฉบับร่างได้');
    const ctx = requireRound(db, p.year, p.round, 'none');
    requireProvince(ctx, iso);
    const issued = readVersion(db, ctx.roundId, iso, q.version === 'current' ? undefined : q.version);
    if (!issued) throw notFound(`An issued notice for ${iso}`, `เอกสารแจ้งสถานะที่ออกแล้วของจังหวัดรหัส ${iso}`);
    return file(c, await renderNoticePdf(issued, q.digits), 'application/pdf', pdfFileName(issued));
  }
  // A frozen version needs no drafts; the live notice needs this province's drafts up to date.
  const ctx = requireRound(db, p.year, p.round, q.version === 'current' || q.version === 'live' ? iso : 'none');
  requireProvince(ctx, iso);
  const notice = printableNotice(db, ctx, iso, q.version);
  if (!notice) throw notFound(`Version ${q.version} of the notice for ${iso}`, `ฉบับที่ ${q.version} ของเอกสารแจ้งสถานะจังหวัดรหัส ${iso}`);
  return file(c, await renderNoticePdf(notice, q.digits), 'application/pdf', pdfFileName(notice));
}

export async function roundFile(c: Context<AppEnv>, p: z.output<typeof RoundFileParams>) {
  const q = parseQuery(RoundFileQuery, c);
  const { round, format: ext } = p;
  const db = c.var.db;
  const ctx = requireRound(db, p.year, round);
  const [notices, annex] = await Promise.all([renderRound(db, ctx, q.digits), renderRoundAnnex(ctx, q.digits)]);
  const files = q.withLetter ? await withLetters(db, ctx.roundId, notices, q.digits) : notices;
  const name = `notices-${p.year}-r${round}.${ext}`;
  return ext === 'zip' ? file(c, await zipNotices(files, annex), 'application/zip', name) : file(c, await mergeNotices(files, annex), 'application/pdf', name);
}

/** `/2566/6/annex.pdf`: the round's national annex (OPDC's recommendations, printed once for every notice). */
export const AnnexParams = z.object({ year: Year, round: Round });

export async function annexPdf(c: Context<AppEnv>, p: z.output<typeof AnnexParams>) {
  const q = parseQuery(DownloadQuery.pick({ digits: true }), c);
  const ctx = requireRound(c.var.db, p.year, p.round, 'none');
  return file(c, await renderAnnexPdf(buildAnnexModel(ctx), q.digits), 'application/pdf', annexFileName(p.year, p.round));
}

const batchInfo = (j: BatchJob) => ({
  id: j.id,
  year: j.year,
  round: j.round,
  format: j.format,
  digits: j.digits,
  state: j.state,
  done: j.done,
  total: j.total,
  createdAt: j.createdAt,
  finishedAt: j.finishedAt,
  error: j.error,
  fileName: j.fileName,
  fileUrl: j.state === 'done' ? `/api/notice-batches/${j.id}/file` : null,
});

export const startBatch: RouteHandler<typeof routes.startBatch, AppEnv> = (c) => {
  const body = c.req.valid('json');
  const ctx = requireRound(c.var.db, body.year, body.round);
  return c.json(batchInfo(start(c.var.db, ctx, body.format, body.digits, c.var.actor.username, c.var.log, body.withLetter)), 202);
};

function requireBatch(id: string) {
  const job = findBatch(id);
  if (!job) throw notFound(`Batch ${id}`, 'งานสร้างไฟล์นี้ (อาจหมดอายุแล้ว)');
  return job;
}

export const batch: RouteHandler<typeof routes.batch, AppEnv> = (c) => c.json(batchInfo(requireBatch(c.req.valid('param').id)), 200);

export const batchFile: RouteHandler<typeof routes.batchFile, AppEnv> = (c) => {
  const job = requireBatch(c.req.valid('param').id);
  if (job.state !== 'done' || !job.bytes) {
    throw new ApiError(409, 'NOT_READY', `The batch is ${job.state}.`, job.state === 'failed' ? 'การสร้างไฟล์ล้มเหลว' : 'ไฟล์ยังสร้างไม่เสร็จ');
  }
  return file(c, job.bytes, job.format === 'zip' ? 'application/zip' : 'application/pdf', job.fileName);
};
