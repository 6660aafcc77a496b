/**
 * Cover-letter PDFs: one letter, and letters put before each notice of a round (the ZIP and the merged
 * PDF with `?withLetter=true`). Kept apart from print.ts so the notice pipeline stays as it is.
 */
import { PDFDocument } from 'pdf-lib';
import type { LetterModel } from '../../../../shared/notice/letter/model';
import type { Digits } from '../../../../shared/contracts/notice';
import type { Db } from '../../../platform/db/client';
import { noticeLetter } from '../letter';
import { removeEmptyActualText } from './clean';
import { finishPdf } from './document-info';
import { letterPrintDocument } from './letter-html';
import type { RenderedNotice } from './print';
import { noticeRenderer, type NoticeRenderer } from './renderer';

/** The cover letter as PDF bytes, through the same renderer, clean-up and text-layer repair as the notice. */
export async function renderLetterPdf(letter: LetterModel, renderer: NoticeRenderer = noticeRenderer()): Promise<Uint8Array> {
  const bytes = await removeEmptyActualText(await renderer.print(() => letterPrintDocument(letter)));
  return finishPdf(bytes, { title: letter.subject, subject: `${letter.referenceNumber} ${letter.addressee}` });
}

/** The letter's pages followed by the notice's, as one PDF. */
export async function prependLetter(letter: Uint8Array, notice: Uint8Array): Promise<Uint8Array> {
  const out = await PDFDocument.load(notice);
  const src = await PDFDocument.load(letter);
  const pages = await out.copyPages(src, src.getPageIndices());
  pages.forEach((p, i) => out.insertPage(i, p));
  return out.save();
}

/**
 * Each rendered notice with its cover letter before it (same order, same names), so the ZIP and the
 * merged PDF need no change. A year without a letter template leaves the notices as they are.
 */
export function withLetters(db: Db, roundId: number, files: RenderedNotice[], digits: Digits, renderer: NoticeRenderer = noticeRenderer()): Promise<RenderedNotice[]> {
  return Promise.all(
    files.map(async (f) => {
      const letter = noticeLetter(db, roundId, f.notice, digits);
      if (!letter) return f;
      return { ...f, bytes: await prependLetter(await renderLetterPdf(letter, renderer), f.bytes) };
    }),
  );
}
