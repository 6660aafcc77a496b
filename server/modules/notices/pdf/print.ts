/**
 * Which notice a PDF prints, and PDFs for one province or the whole round (ZIP, or one merged PDF).
 * An issued notice prints from its frozen version, never from live data; a notice never issued prints
 * its live draft, stamped as a draft.
 */
import { PDFDocument } from 'pdf-lib';
import yazl from 'yazl';
import type { Digits, NoticeModel, NoticeStamp } from '../../../../shared/contracts/notice';
import type { Db } from '../../../platform/db/client';
import type { RoundContext } from '../context';
import { buildNoticeModel } from '../model';
import { liveStamp, noticeStatus, readVersion } from '../workflow';
import { removeEmptyActualText } from './clean';
import type { RenderedAnnex } from './annex';
import { finishNoticePdf, setOutline } from './document-info';
import { logPhases, phaseClock } from './phases';
import { noticePrintDocument } from './print-html';
import { noticeRenderer, type NoticeRenderer } from './renderer';

/** `current`: the latest issued version, else the live draft; `live`: the live notice; a number: that issued version. */
export type VersionChoice = 'current' | 'live' | number;

export interface PrintableNotice {
  model: NoticeModel;
  stamp: NoticeStamp;
}

/** Undefined when the province has no items this round, or the asked version does not exist. */
export function printableNotice(db: Db, ctx: RoundContext, iso: string, choice: VersionChoice = 'current'): PrintableNotice | undefined {
  if (typeof choice === 'number') return readVersion(db, ctx.roundId, iso, choice);
  if (choice === 'current') {
    const issued = readVersion(db, ctx.roundId, iso);
    if (issued) return issued;
  }
  const model = buildNoticeModel(ctx, iso);
  const info = model && noticeStatus(db, ctx, iso);
  return model && info ? { model, stamp: liveStamp(info) } : undefined;
}

export const pdfFileName = (n: PrintableNotice) =>
  `notice-${n.model.year}-r${n.model.round}-${n.model.province.iso}${n.stamp.state === 'issued' ? `-v${n.stamp.version}` : '-draft'}.pdf`;

export async function renderNoticePdf(n: PrintableNotice, digits: Digits, renderer: NoticeRenderer = noticeRenderer()): Promise<Uint8Array> {
  const clock = phaseClock();
  const printed = await renderer.print(() => noticePrintDocument(n.model, n.stamp, digits), clock);
  const cleaned = await removeEmptyActualText(printed);
  clock?.mark('clean-up');
  const finished = await finishNoticePdf(cleaned, n.model, digits);
  clock?.mark('document info');
  logPhases(n.model.province.iso, clock);
  return finished;
}

export interface RenderedNotice {
  iso: string;
  nameTh: string;
  notice: PrintableNotice;
  bytes: Uint8Array;
}

/**
 * Every province's current notice of the round, rendered through the shared renderer (so at most its
 * concurrency at once); `onProgress(done, total)` after each. Results keep ISO order.
 */
export async function renderRound(
  db: Db,
  ctx: RoundContext,
  digits: Digits,
  onProgress: (done: number, total: number) => void = () => {},
  renderer: NoticeRenderer = noticeRenderer(),
): Promise<RenderedNotice[]> {
  const notices = [...ctx.provinces.keys()].map((iso) => ({ iso, notice: printableNotice(db, ctx, iso)! }));
  let done = 0;
  onProgress(0, notices.length);
  return Promise.all(
    notices.map(async ({ iso, notice }) => {
      const bytes = await renderNoticePdf(notice, digits, renderer);
      onProgress(++done, notices.length);
      return { iso, nameTh: notice.model.province.nameTh, notice, bytes };
    }),
  );
}

/**
 * A ZIP with one PDF per province, named `TH-15_อ่างทอง.pdf` (UTF-8 names), and the round's annex once
 * (`annex-2566-r6.pdf`). PDFs are stored, not recompressed.
 */
export function zipNotices(files: RenderedNotice[], annex?: RenderedAnnex, mtime = new Date()): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const f of files) zip.addBuffer(Buffer.from(f.bytes), `${f.iso}_${f.nameTh}.pdf`, { compress: false, mtime });
    if (annex) zip.addBuffer(Buffer.from(annex.bytes), annex.fileName, { compress: false, mtime });
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    zip.outputStream.on('error', reject);
    zip.end();
  });
}

/**
 * One PDF with every province's notice in order (each keeps its own page numbers), then the annex
 * once; one bookmark per province and one for the annex.
 */
export async function mergeNotices(files: RenderedNotice[], annex?: RenderedAnnex): Promise<Uint8Array> {
  const merged = await PDFDocument.create();
  merged.setTitle('เอกสารแจ้งสถานะการดำเนินงาน');
  const parts = [...files.map((f) => ({ title: `จังหวัด${f.nameTh}`, bytes: f.bytes })), ...(annex ? [annex] : [])];
  const bookmarks = parts.map((f) => ({ title: f.title, pageIndex: 0 }));
  for (const [i, f] of parts.entries()) {
    const doc = await PDFDocument.load(f.bytes);
    bookmarks[i]!.pageIndex = merged.getPageCount();
    for (const page of await merged.copyPages(doc, doc.getPageIndices())) merged.addPage(page);
  }
  setOutline(merged, bookmarks);
  return merged.save();
}
