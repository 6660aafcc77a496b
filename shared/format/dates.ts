/**
 * Dates for Thai readers, one module for the screens and the notice alike: Buddhist Era years
 * (พ.ศ. = ค.ศ. + 543) in Bangkok time whatever the machine's or browser's time zone, so a timestamp
 * reads the same on the page, in the PDF and in the tests. Pure, no date library: Thailand has one
 * fixed offset (UTC+7, no daylight saving), and month names are all the locale data needed.
 */
import { toArabicDigits, toThaiDigits } from '../thai';

export const BE_OFFSET = 543;
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const THAI_MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const ENGLISH_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The calendar fields of an instant as a clock in Bangkok shows them (Christian-era year). */
export function bangkokParts(date: Date | string | number) {
  const t = new Date(date).getTime();
  if (Number.isNaN(t)) throw new RangeError(`Invalid date: ${String(date)}`);
  const d = new Date(t + BANGKOK_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), hours: d.getUTCHours(), minutes: d.getUTCMinutes() };
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The Thai government fiscal year (ปีงบประมาณ, Buddhist Era) an instant falls in: it runs from
 * 1 October to 30 September and is named by the year it ends in, on Bangkok's calendar.
 *
 * @example
 * fiscalYearOf('2023-09-30T16:59:00Z') // 2566 (23:59 on 30 Sep in Bangkok)
 * fiscalYearOf('2023-09-30T17:00:00Z') // 2567 (00:00 on 1 Oct in Bangkok)
 */
export function fiscalYearOf(date: Date | string | number): number {
  const p = bangkokParts(date);
  return p.year + BE_OFFSET + (p.month >= 9 ? 1 : 0);
}

/**
 * A date and time as the UI shows it: Buddhist Era in Thai, Christian era in English, Bangkok time.
 *
 * @example
 * formatDateTime('2023-06-19T03:04:00Z', 'th') // '19 มิ.ย. 2566 10:04'
 * formatDateTime('2023-06-19T03:04:00Z', 'en') // '19 Jun 2023 10:04'
 */
export function formatDateTime(date: Date | string | number, lang: 'th' | 'en'): string {
  const p = bangkokParts(date);
  const dayMonthYear = lang === 'th' ? `${p.day} ${THAI_MONTHS_SHORT[p.month]} ${p.year + BE_OFFSET}` : `${p.day} ${ENGLISH_MONTHS_SHORT[p.month]} ${p.year}`;
  return `${dayMonthYear} ${two(p.hours)}:${two(p.minutes)}`;
}

/**
 * A timestamp as a Thai official date (the notice's style), optionally with the time, in the chosen digits.
 *
 * @example
 * formatThaiDateTime('2023-06-19T03:30:00Z', 'thai')         // '๑๙ มิถุนายน พ.ศ. ๒๕๖๖'
 * formatThaiDateTime('2023-06-19T03:30:00Z', 'arabic', true) // '19 มิถุนายน พ.ศ. 2566 เวลา 10.30 น.'
 */
export function formatThaiDateTime(iso: string, digits: 'thai' | 'arabic', withTime = false): string {
  const p = bangkokParts(iso);
  let s = `${p.day} ${THAI_MONTHS[p.month]} พ.ศ. ${p.year + BE_OFFSET}`;
  if (withTime) s += ` เวลา ${two(p.hours)}.${two(p.minutes)} น.`;
  return digits === 'thai' ? toThaiDigits(s) : toArabicDigits(s);
}
