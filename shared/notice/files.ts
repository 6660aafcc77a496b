/**
 * The notice file URLs, spelled once. The server registers the two patterns (they end in a file
 * extension, which OpenAPI paths cannot express); the client builds its notice links with `noticePdfUrl`.
 */
import type { Digits } from '../contracts/notice';

export const noticeFileRoutes = {
  /** One province's notice: `/api/notices/2566/6/TH-15.pdf`. */
  notice: '/api/notices/:year/:round/:file{[A-Za-z]{2}-\\d{2}\\.pdf}',
  /** Every province's notice of a round: `/api/notices/2566/6.zip` or `.pdf`. */
  round: '/api/notices/:year/:file{(?:6|12)\\.(?:zip|pdf)}',
  /** The cover letter (หนังสือนำส่ง) of one province's notice: `/api/notices/2566/6/TH-15/letter.pdf`. */
  letter: '/api/notices/:year/:round/:iso/letter.pdf',
  /** The round's national annex (OPDC's recommendations, once for every notice): `/api/notices/2566/6/annex.pdf`. */
  annex: '/api/notices/:year/:round/annex.pdf',
} as const;

export type NoticeVersionChoice = 'current' | 'live' | number;

export const noticePdfUrl = (year: number, round: number, iso: string, digits: Digits, version: NoticeVersionChoice = 'current') =>
  `/api/notices/${year}/${round}/${encodeURIComponent(iso)}.pdf?digits=${digits}&version=${version}`;

/** The cover letter of one province's notice, for the notice page's link. */
export const letterPdfUrl = (year: number, round: number, iso: string, digits: Digits, version: NoticeVersionChoice = 'current') =>
  `/api/notices/${year}/${round}/${encodeURIComponent(iso)}/letter.pdf?digits=${digits}&version=${version}`;
