/**
 * `GET /api/notices/:year/:round/:iso/letter.pdf`: the cover letter of a province's notice, for the
 * same version the notice PDF prints. Governors and viewers get the letter of an issued version only.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { noticeLetter } from '../../domain/notices/letter';
import { renderLetterPdf } from '../../domain/notices/pdf/letter-pdf';
import { printableNotice } from '../../domain/notices/pdf/print';
import { readVersion } from '../../domain/notices/workflow';
import { ApiError, notFound } from '../../http/errors';
import type { AppEnv } from '../../http/env';
import { canViewDraftNotices } from '../../http/policy';
import { IsoParam, RoundParam, YearParam } from '../schemas';
import { requireProvince, requireRound } from './notices.handlers';
import { DownloadQuery } from './notices.routes';

const LetterParams = z.object({ year: YearParam, round: RoundParam, iso: IsoParam });

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const where = r.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
  throw new ApiError(422, 'INVALID_INPUT', `Invalid request: ${where}`, `คำขอไม่ถูกต้อง: ${where}`);
}

export async function letterPdf(c: Context<AppEnv>) {
  const p = parse(LetterParams, c.req.param());
  const q = parse(DownloadQuery, c.req.query());
  const iso = p.iso.toUpperCase();
  const db = c.var.db;
  const staff = canViewDraftNotices(c.var.user!);
  if (!staff && q.version === 'live') {
    throw new ApiError(403, 'FORBIDDEN', 'Only OPDC staff may print a draft.', 'เฉพาะเจ้าหน้าที่ สำนักงาน ก.พ.ร. เท่านั้นที่พิมพ์ฉบับร่างได้');
  }
  const live = staff && (q.version === 'current' || q.version === 'live');
  const ctx = requireRound(db, p.year, p.round, live ? iso : 'none');
  requireProvince(ctx, iso);
  const notice = staff ? printableNotice(db, ctx, iso, q.version) : readVersion(db, ctx.roundId, iso, typeof q.version === 'number' ? q.version : undefined);
  if (!notice) throw notFound(`An issued notice for ${iso}`, `เอกสารแจ้งสถานะที่ออกแล้วของจังหวัดรหัส ${iso}`);
  const letter = noticeLetter(db, ctx.roundId, notice, q.digits);
  if (!letter) throw notFound(`A cover-letter template for fiscal year ${p.year}`, `แบบหนังสือนำส่งของปีงบประมาณ ${p.year}`);
  const name = `letter-${p.year}-r${p.round}-${iso}${notice.stamp.state === 'issued' ? `-v${notice.stamp.version}` : '-draft'}.pdf`;
  return c.body((await renderLetterPdf(letter)) as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
  });
}
