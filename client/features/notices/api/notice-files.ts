/** Download links: the PDF and ZIP routes are plain file URLs, linked rather than fetched. */
import type { Digits } from '../../../../shared/contracts/notice';

export type { Digits };

export const noticePdfUrl = (year: number, round: number, iso: string, digits: Digits, version: 'current' | 'live' | number = 'current') =>
  `/api/notices/${year}/${round}/${encodeURIComponent(iso)}.pdf?digits=${digits}&version=${version}`;
