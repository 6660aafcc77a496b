/**
 * The last step of a notice PDF: its text layer repaired for pdf.js (text-layer.ts), its Title and
 * Subject naming the province, round and year (what a viewer's title bar, a search index and a
 * document management system show), and, for a merged PDF, one bookmark per province.
 */
import { PDFDocument, PDFName, PDFHexString, type PDFRef } from 'pdf-lib';
import { displayText, noticeText } from '../../../../shared/notice/format';
import type { AnnexModel, Digits, NoticeModel } from '../../../../shared/contracts/notice';
import { repairToUnicode } from './text-layer';

/** Title: the notice and its province; Subject: the measure, fiscal year and round, and the province. */
export function noticeDocumentInfo(model: NoticeModel, digits: Digits) {
  const province = noticeText.province(model.province.nameTh);
  const yearRound = displayText(noticeText.yearRound(model.year, model.round), digits);
  return { title: `${noticeText.title} ${province} ${yearRound}`, subject: `${model.measureTh} ${yearRound} ${province}` };
}

/** Title: the annex; Subject: the measure, fiscal year and round. */
export function annexDocumentInfo(annex: AnnexModel, digits: Digits) {
  const yearRound = displayText(noticeText.yearRound(annex.year, annex.round), digits);
  return { title: `${noticeText.annexTitle} ${yearRound}`, subject: `${annex.measureTh} ${yearRound}` };
}

/** The printed notice with its text layer repaired and its document information set. */
export function finishNoticePdf(bytes: Uint8Array, model: NoticeModel, digits: Digits): Promise<Uint8Array> {
  return finishPdf(bytes, noticeDocumentInfo(model, digits));
}

/** Any printed document of the notices (notice, annex): text layer repaired, Title and Subject set. */
export async function finishPdf(bytes: Uint8Array, info: { title: string; subject: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  repairToUnicode(doc);
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setSubject(info.subject);
  doc.setLanguage('th');
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

export interface Bookmark {
  title: string;
  /** Index of the bookmark's first page in the merged document. */
  pageIndex: number;
}

/** Writes a flat outline (one entry per bookmark, in order) and opens the document with it shown. */
export function setOutline(doc: PDFDocument, bookmarks: Bookmark[]): void {
  if (bookmarks.length === 0) return;
  const ctx = doc.context;
  const pages = doc.getPages();
  const rootRef = ctx.nextRef();
  const refs: PDFRef[] = bookmarks.map(() => ctx.nextRef());
  bookmarks.forEach((b, i) => {
    const item = ctx.obj({
      Title: PDFHexString.fromText(b.title),
      Parent: rootRef,
      Dest: [pages[b.pageIndex]!.ref, 'Fit'],
    });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    ctx.assign(refs[i]!, item);
  });
  ctx.assign(rootRef, ctx.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
