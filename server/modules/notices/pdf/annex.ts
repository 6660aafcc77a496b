/**
 * The round's national annex as PDF: printed once, through the same renderer, clean-up and text-layer
 * repair as a notice; the ZIP and the merged PDF carry it once, after the notices.
 */
import type { AnnexModel, Digits } from '../../../../shared/contracts/notice';
import { noticeText } from '../../../../shared/notice/format';
import type { RoundContext } from '../context';
import { buildAnnexModel } from '../model';
import { removeEmptyActualText } from './clean';
import { annexDocumentInfo, finishPdf } from './document-info';
import { annexPrintDocument } from './print-html';
import { noticeRenderer, type NoticeRenderer } from './renderer';

export interface RenderedAnnex {
  /** The ZIP entry's name and the merged PDF's bookmark. */
  fileName: string;
  title: string;
  bytes: Uint8Array;
}

export const annexFileName = (year: number, round: number) => `annex-${year}-r${round}.pdf`;

export async function renderAnnexPdf(annex: AnnexModel, digits: Digits, renderer: NoticeRenderer = noticeRenderer()): Promise<Uint8Array> {
  return finishPdf(await removeEmptyActualText(await renderer.print(() => annexPrintDocument(annex, digits))), annexDocumentInfo(annex, digits));
}

/** The round's annex, or undefined when no indicator has a recommendation to print. */
export async function renderRoundAnnex(ctx: RoundContext, digits: Digits, renderer: NoticeRenderer = noticeRenderer()): Promise<RenderedAnnex | undefined> {
  const annex = buildAnnexModel(ctx);
  if (annex.recommendations.length === 0) return undefined;
  return { fileName: annexFileName(ctx.year, ctx.round), title: noticeText.annexTitle, bytes: await renderAnnexPdf(annex, digits, renderer) };
}
