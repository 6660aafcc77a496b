/**
 * Parsers for the two period cells, fiscal year and round. Re-exported from cells.ts; kept apart
 * only to keep files short.
 */
import { fail, quote, type CellResult } from './errors';
import { cleanCell, type RawCell } from './text';

export type Round = 6 | 12;

const MIN_BE = 2500;
const MAX_BE = 2700;
const BE_TO_CE = 543;

// Labels people put before the year. Gregorian labels are recognised so the error can say why.
const BE_LABEL = /^(?:ปีงบประมาณ|ปีงบฯ?|ปี|fiscal ?year|fy|พ\.? ?ศ\.?|b\.? ?e\.?)\s*/i;
const CE_LABEL = /^(?:ค\.? ?ศ\.?|c\.? ?e\.?|a\.? ?d\.?)\s*/i;

/**
 * Parse a fiscal year in the Buddhist Era (พ.ศ.), 2500–2700. Accepts a number, Thai digits and
 * labels such as 'พ.ศ. 2566', 'ปีงบประมาณ 2566', 'FY2566'. A Gregorian year (2023, or any year
 * labelled ค.ศ.) is refused with the Buddhist Era year to write instead (add 543), because
 * silently converting would hide a sheet that mixes both calendars.
 *
 * @example
 * parseFiscalYear('ปีงบประมาณ ๒๕๖๖') // { ok: true, value: 2566 }
 * parseFiscalYear(2023)             // { ok: false, error: { code: 'FISCAL_YEAR_GREGORIAN', … '2566' … } }
 */
export function parseFiscalYear(raw: RawCell): CellResult<number> {
  let s = typeof raw === 'number' ? String(raw) : cleanCell(raw ?? '');
  if (s === '') {
    return fail('FISCAL_YEAR_EMPTY', 'ไม่มีปีงบประมาณ กรุณากรอกปี พ.ศ. เช่น 2566', 'The fiscal year is empty. Please enter a Buddhist Era year such as 2566.');
  }
  const shown = s;
  let gregorian = false;
  for (let guard = 0; guard < 4; guard++) {
    const ce = CE_LABEL.exec(s);
    const be = ce ? null : BE_LABEL.exec(s);
    const m = ce ?? be;
    if (!m || m[0] === '') break;
    if (ce) gregorian = true;
    s = s.slice(m[0].length);
  }
  const digits = /^(\d+)(?:\.0+)?$/.exec(s);
  if (!digits) {
    return fail(
      'FISCAL_YEAR_INVALID',
      `ปีงบประมาณ ${quote(shown)} ไม่ถูกต้อง กรุณากรอกปี พ.ศ. เป็นตัวเลข 4 หลัก เช่น 2566`,
      `The fiscal year ${quote(shown)} is not valid. Please enter a four-digit Buddhist Era year such as 2566.`,
    );
  }
  const year = Number(digits[1]);
  if (gregorian || (year >= MIN_BE - BE_TO_CE && year <= MAX_BE - BE_TO_CE)) {
    const be = year + BE_TO_CE;
    return fail(
      'FISCAL_YEAR_GREGORIAN',
      `ปีงบประมาณ ${quote(shown)} เป็นปีคริสต์ศักราช กรุณากรอกเป็นปีพุทธศักราช (บวก 543) คือ ${be}`,
      `The fiscal year ${quote(shown)} looks like a Gregorian (CE) year. Please enter the Buddhist Era year (add 543): ${be}.`,
    );
  }
  if (digits[1]!.length <= 2) {
    const be = 2500 + year;
    return fail(
      'FISCAL_YEAR_SHORT',
      `ปีงบประมาณ ${quote(shown)} ไม่ครบ 4 หลัก กรุณากรอกปี พ.ศ. เต็ม เช่น ${be}`,
      `The fiscal year ${quote(shown)} is abbreviated. Please enter the full Buddhist Era year, e.g. ${be}.`,
    );
  }
  if (year < MIN_BE || year > MAX_BE) {
    return fail(
      'FISCAL_YEAR_RANGE',
      `ปีงบประมาณ ${quote(shown)} อยู่นอกช่วงที่รับได้ (พ.ศ. ${MIN_BE}–${MAX_BE})`,
      `The fiscal year ${quote(shown)} is outside the accepted range (BE ${MIN_BE}–${MAX_BE}).`,
    );
  }
  return { ok: true, value: year };
}

const ROUND = /^(?:รอบ(?:การรายงาน)?|round)?\s*(\d+)(?:\.0+)?\s*(?:เดือน|months?|m)?\.?$/i;

/**
 * Parse the reporting round: 6 (six-month round) or 12 (full year). Accepts 6, '6', '๖',
 * '6 เดือน', 'รอบ 6 เดือน', '12 months'. 'รอบที่ 1' is refused: it could mean the first round
 * (6 months) or be a slip, and the sheet must say months.
 *
 * @example
 * parseRound('รอบ ๑๒ เดือน') // { ok: true, value: 12 }
 * parseRound('3')           // { ok: false, error: { code: 'ROUND_INVALID', … } }
 */
export function parseRound(raw: RawCell): CellResult<Round> {
  const s = typeof raw === 'number' ? String(raw) : cleanCell(raw ?? '');
  if (s === '') {
    return fail('ROUND_EMPTY', 'ไม่มีรอบการรายงาน กรุณากรอก 6 หรือ 12 (เดือน)', 'The round is empty. Please enter 6 or 12 (months).');
  }
  const m = ROUND.exec(s);
  const months = m ? Number(m[1]) : NaN;
  if (months === 6 || months === 12) return { ok: true, value: months };
  return fail(
    'ROUND_INVALID',
    `รอบการรายงาน ${quote(s)} ไม่ถูกต้อง กรุณากรอก 6 (รอบ 6 เดือน) หรือ 12 (รอบ 12 เดือน)`,
    `The round ${quote(s)} is not valid. Please enter 6 (six-month round) or 12 (twelve-month round).`,
  );
}
