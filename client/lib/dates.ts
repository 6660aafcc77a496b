/**
 * Dates for Thai readers in the Buddhist Era (พ.ศ. = ค.ศ. + 543). date-fns has no BE calendar and
 * its `th` locale prints Christian-era years, so the year tokens are replaced before formatting.
 */
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { th } from 'date-fns/locale/th';

export const BE_OFFSET = 543;

/**
 * Rewrites every unquoted run of `y` in a date-fns pattern into the Buddhist Era year as quoted
 * literal text (`yy` → the last two digits, any other run → the full year, zero-padded to its length).
 */
export function toBuddhistPattern(pattern: string, christianYear: number): string {
  const be = christianYear + BE_OFFSET;
  let out = '';
  let quoted = false;
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === "'") {
      // '' inside or outside quotes is a literal apostrophe; keep it as is.
      if (pattern[i + 1] === "'") {
        out += "''";
        i += 2;
        continue;
      }
      quoted = !quoted;
      out += ch;
      i++;
      continue;
    }
    if (!quoted && ch === 'y') {
      let n = 0;
      while (pattern[i + n] === 'y') n++;
      const text = n === 2 ? String(be % 100).padStart(2, '0') : String(be).padStart(n, '0');
      out += `'${text}'`;
      i += n;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * Formats a date with the Thai locale in the Buddhist Era.
 *
 * @example
 * formatThaiDate(new Date(2023, 5, 19), 'd MMMM yyyy') // '19 มิถุนายน 2566'
 * formatThaiDate(new Date(2023, 5, 19), 'd MMM yy')    // '19 มิ.ย. 66'
 */
export function formatThaiDate(date: Date | string | number, pattern = 'd MMM yyyy'): string {
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Invalid date: ${String(date)}`);
  return format(d, toBuddhistPattern(pattern, d.getFullYear()), { locale: th });
}

/**
 * A date and time as the UI shows it: Buddhist Era in Thai, Christian era in English.
 *
 * @example
 * formatDateTime('2023-06-19T03:04:00Z', 'th') // '19 มิ.ย. 2566 10:04' (in Asia/Bangkok)
 */
export function formatDateTime(date: Date | string | number, lang: 'th' | 'en'): string {
  if (lang === 'th') return formatThaiDate(date, 'd MMM yyyy HH:mm');
  return format(new Date(date), 'd MMM yyyy HH:mm', { locale: enGB });
}
