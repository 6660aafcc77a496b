/**
 * A calendar date as a person types it on a form: day/month/year, the year in the Buddhist Era in
 * Thai (as Thai official forms and letters write dates: ๑/๑๒/๒๕๖๙) and in the Christian era in
 * English. The browser's own date input shows the browser's locale (mm/dd/yyyy, Christian era, on
 * most office machines) whatever the page's language, so the app formats and reads the text itself.
 * The value kept in the URL and sent to the API stays ISO (yyyy-mm-dd).
 */
import { toArabicDigits } from '../thai';
import { BE_OFFSET, formatThaiDateTime } from './dates';

/** Years from 2400 are Buddhist Era in either language: no Christian-era date a user means is that late. */
const FIRST_BE_YEAR = 2400;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The ISO date as the form shows it in that language ('' for none).
 *
 * @example
 * formatDateField('2026-12-01', 'th') // '01/12/2569'
 * formatDateField('2026-12-01', 'en') // '01/12/2026'
 */
export function formatDateField(iso: string, lang: 'th' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return '';
  const year = Number(m[1]) + (lang === 'th' ? BE_OFFSET : 0);
  return `${m[3]}/${m[2]}/${year}`;
}

/**
 * What a person typed, as an ISO date: '' for an empty field, null for text that is not a real date.
 * Accepts Thai or Arabic digits, '/', '-' or '.' between the parts, one- or two-digit day and month,
 * and a Buddhist Era or Christian-era year in either language (see FIRST_BE_YEAR).
 *
 * @example
 * parseDateField('๑/๑๒/๒๕๖๙') // '2026-12-01'
 * parseDateField('1.12.2026')  // '2026-12-01'
 * parseDateField('31/02/2569') // null
 */
export function parseDateField(text: string): string | null {
  const s = toArabicDigits(text).trim();
  if (s === '') return '';
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = Number(m[3]);
  if (year >= FIRST_BE_YEAR) year -= BE_OFFSET;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${two(month)}-${two(day)}`;
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The date in words, shown under the field so the reader sees which year was understood.
 *
 * @example
 * describeDateField('2026-12-01', 'th') // '1 ธันวาคม พ.ศ. 2569'
 * describeDateField('2026-12-01', 'en') // '1 December 2026'
 */
export function describeDateField(iso: string, lang: 'th' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return '';
  // 05:00 UTC is noon in Bangkok, the time zone formatThaiDateTime reads in: the same calendar day.
  if (lang === 'th') return formatThaiDateTime(`${iso}T05:00:00Z`, 'arabic');
  return `${Number(m[3])} ${ENGLISH_MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
