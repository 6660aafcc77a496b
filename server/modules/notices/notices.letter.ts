/**
 * `GET /api/notices/:year/:round/:iso/letter.pdf`: the cover letter of a province's notice, for the
 * same version the notice PDF prints. Governors and viewers get the letter of an issued version only.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { IsoCode, Round, Year } from '../../../shared/contracts';
import { canViewDraftNotices } from '../../../shared/policy';
import { ApiError, notFound } from '../../platform/http/errors';
import { parseQuery } from '../../platform/http/guard';
import type { AppEnv } from '../../platform/http/env';
import { noticeLetter } from './letter';
import { renderLetterPdf } from './pdf/letter-pdf';
import { printableNotice } from './pdf/print';
import { readVersion } from './workflow';
import { requireProvince, requireRound } from './notices.handlers';
import { DownloadQuery } from './notices.files.routes';

export const LetterParams = z.object({ year: Year, round: Round, iso: IsoCode });

export async function letterPdf(c: Context<AppEnv>, p: z.output<typeof LetterParams>) {
  const q = parseQuery(DownloadQuery, c);
  const iso = p.iso;
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
