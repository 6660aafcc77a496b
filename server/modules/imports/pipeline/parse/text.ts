/**
 * Text normalisation shared by the cell, header and province parsers, so that "the same text"
 * means the same thing everywhere in the import.
 */
import { normalizeThai, toArabicDigits } from '../../../../../shared/thai';

/** A cell as the sheet readers hand it over: CSV gives strings, xlsx may give numbers. */
export type RawCell = string | number | null | undefined;

const PLAIN_ASCII = /^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/;

/**
 * NFC, zero-width characters removed, SARA AM folded, Thai digits → Arabic, whitespace runs
 * (line breaks, no-break spaces) collapsed to one space, trimmed.
 *
 * @example
 * cleanCell('  ๔๔๙.๒๑\u00a0ล้านบาท ') // '449.21 ล้านบาท'
 */
export function cleanCell(raw: string): string {
  // Fast path: a plain ASCII cell without surrounding or repeated white space is already clean.
  if (PLAIN_ASCII.test(raw)) return raw;
  return toArabicDigits(normalizeThai(raw)).replace(/\s+/g, ' ').trim();
}

/**
 * Comparison key: cleanCell, lowercase, and whitespace, '_' and '-' removed, so 'Not  Reported',
 * 'not_reported' and 'NotReported' are one key, and so are 'Chon Buri' and 'Chonburi'.
 *
 * @example
 * compactKey('Ang-Thong') // 'angthong'
 */
export function compactKey(raw: string): string {
  return cleanCell(raw).toLowerCase().replace(/[\s_-]+/g, '');
}
