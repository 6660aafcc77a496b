/**
 * Pure parsers for single cells of the import sheet. Provincial staff type units, Thai digits and
 * prefixes into cells, so each parser accepts what a person obviously meant and rejects anything
 * that could be read two ways, with a message that says what to write instead.
 */
import { normalizeThai } from '../../../../../shared/thai';
import { resultWords } from '../../../../../shared/import-format';
import type { ReportedResult } from '../../../../../shared/classification/types';
import { fail, quote, type CellResult } from './errors';
import { cleanCell as clean, compactKey, type RawCell } from './text';

export type { RawCell };

// Text allowed around a number as a unit or label: letters (Thai included), spaces, %, ‰, °, /,
// dots (พ.ศ.-style abbreviations), currency signs. No digits (so '1 2' or 'ไตรมาส 2 ปี 2566' is
// refused) and no < > = ( ) ± (a bound or an accounting negative is not a plain value).
const UNIT = /^[\p{L}\p{M}\s%‰°/.²³µ฿$€]*$/u;
// Number core: thousands only in groups of three, optional decimals, optional exponent (Excel
// writes 1.23457E+11 for large numbers in CSV).
const CORE = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/**
 * Parse a numeric cell. Accepts numbers, Thai digits, thousands separators, surrounding spaces,
 * a leading or trailing unit or percent sign, and a leading '-', '+' or Unicode minus '−'. The
 * unit is dropped, not applied: '85%' is 85 and '449.21 ล้านบาท' is 449.21, because targets and
 * results are both in the indicator's own unit. Empty → code 'EMPTY' (callers decide whether
 * the column is optional).
 *
 * @example
 * parseNumberCell('๔๔๙.๒๑ ล้านบาท') // { ok: true, value: 449.21 }
 * parseNumberCell('ร้อยละ 85')      // { ok: true, value: 85 }
 * parseNumberCell('1,23,4')        // { ok: false, error: { code: 'NUMBER_GROUPING', … } }
 */
const PLAIN_DECIMAL = /^-?\d{1,15}(?:\.\d{1,15})?$/;

export function parseNumberCell(raw: RawCell): CellResult<number> {
  if (typeof raw === 'number') {
    if (Number.isFinite(raw)) return { ok: true, value: raw === 0 ? 0 : raw }; // no -0
    return fail('NUMBER_INVALID', 'ค่าในช่องนี้ไม่ใช่ตัวเลขที่ใช้ได้', 'The cell does not hold a usable number.');
  }
  // Fast path: a plain decimal ('449.21', '-3') is most cells in a large file.
  if (raw !== null && raw !== undefined && PLAIN_DECIMAL.test(raw)) return { ok: true, value: Number(raw) || 0 };
  const s = clean(raw ?? '');
  if (s === '') return fail('EMPTY', 'ช่องนี้ไม่มีข้อมูล', 'The cell is empty.');

  // Find the number: the first digit (or a '.' before a digit), then its sign, looking back over spaces.
  const m = /\.?\d/.exec(s);
  if (!m) return notANumber(s);
  let start = m.index;
  let sign = 1;
  let j = start - 1;
  while (j >= 0 && s[j] === ' ') j--;
  if (j >= 0 && (s[j] === '-' || s[j] === '\u2212' || s[j] === '+')) {
    if (s[j] !== '+') sign = -1;
    start = j;
  }
  const before = s.slice(0, start);
  const numStart = m.index;
  // Greedy run of number characters; an exponent only when 'e' is followed by digits.
  const run = /^[\d.,]+(?:e[+-]?\d+)?/i.exec(s.slice(numStart))![0];
  let core = run;
  let after = s.slice(numStart + run.length);
  // A full stop after the number ('ระดับ 3.') is punctuation, not a decimal point.
  if (core.endsWith('.')) {
    core = core.slice(0, -1);
    after = `.${after}`;
  }
  if (!UNIT.test(before) || !UNIT.test(after)) return notANumber(s);
  if (!CORE.test(core)) {
    if (/^[\d,]+(?:\.\d+)?$/.test(core)) {
      return fail(
        'NUMBER_GROUPING',
        `ค่า ${quote(s)} ใช้เครื่องหมายจุลภาค (,) ไม่ถูกต้อง ให้ใช้จุลภาคคั่นหลักพันทุก 3 หลัก และใช้จุด (.) เป็นจุดทศนิยม เช่น 1,234.5`,
        `The value ${quote(s)} has misplaced commas. Use commas only between groups of three digits and a dot for decimals, e.g. 1,234.5.`,
      );
    }
    return notANumber(s);
  }
  const value = sign * Number(core.replace(/,/g, ''));
  if (!Number.isFinite(value)) return notANumber(s);
  return { ok: true, value: value === 0 ? 0 : value }; // no -0
}

function notANumber(s: string): CellResult<never> {
  return fail(
    'NUMBER_INVALID',
    `ค่า ${quote(s)} ไม่ใช่ตัวเลข กรุณากรอกตัวเลข เช่น 449.21 หรือ ๔๔๙.๒๑`,
    `The value ${quote(s)} is not a number. Please enter a number such as 449.21.`,
  );
}

const STATUS_KEYS = new Map<string, 'notReported' | 'pending'>([
  ...resultWords.notReported.map((w) => [compactKey(w), 'notReported'] as const),
  ...resultWords.pending.map((w) => [compactKey(w), 'pending'] as const),
]);

/**
 * Parse the result column: a number (see parseNumberCell) or a status word from
 * `resultWords` in Thai or English, case- and space-insensitive.
 *
 * @example
 * parseResultCell('449.21')        // { ok: true, value: { kind: 'value', value: 449.21 } }
 * parseResultCell('ไม่รายงานผล')    // { ok: true, value: { kind: 'notReported' } }
 * parseResultCell('Pending')       // { ok: true, value: { kind: 'pending' } }
 * parseResultCell('')              // { ok: false, error: { code: 'RESULT_EMPTY', … } }
 */
export function parseResultCell(raw: RawCell): CellResult<ReportedResult> {
  if (typeof raw === 'number') {
    const n = parseNumberCell(raw);
    return n.ok ? { ok: true, value: { kind: 'value', value: n.value } } : n;
  }
  if (raw !== null && raw !== undefined && PLAIN_DECIMAL.test(raw)) return { ok: true, value: { kind: 'value', value: Number(raw) || 0 } };
  const text = clean(raw ?? '');
  if (text === '') {
    return fail(
      'RESULT_EMPTY',
      'ไม่มีผลการดำเนินงาน กรุณากรอกตัวเลข หรือระบุ "ไม่รายงานผล" หรือ "อยู่ระหว่างดำเนินการ"',
      'The result is empty. Please enter a number, or write "ไม่รายงานผล" (not reported) or "อยู่ระหว่างดำเนินการ" (pending).',
    );
  }
  const status = STATUS_KEYS.get(compactKey(text));
  if (status) return { ok: true, value: { kind: status } };
  const n = parseNumberCell(text);
  if (n.ok) return { ok: true, value: { kind: 'value', value: n.value } };
  // With digits present the number parser's message (e.g. misplaced commas) is the useful one.
  if (/\d/.test(text)) return n;
  return fail(
    'RESULT_INVALID',
    `ผลการดำเนินงาน ${quote(text)} ไม่ถูกต้อง กรุณากรอกตัวเลข หรือระบุ "ไม่รายงานผล" หรือ "อยู่ระหว่างดำเนินการ"`,
    `The result ${quote(text)} is not valid. Please enter a number, or write "ไม่รายงานผล" (not reported) or "อยู่ระหว่างดำเนินการ" (pending).`,
  );
}

/**
 * Normalise free text (notes, component names): NFC, zero-width characters removed, runs of
 * whitespace (line breaks included) collapsed to one space, trimmed; empty → null.
 *
 * @example
 * parseOptionalText('  อ่างเก็บน้ำ\n ห้วยสะพาน ') // 'อ่างเก็บน้ำ ห้วยสะพาน'
 * parseOptionalText('   ')                        // null
 */
export function parseOptionalText(raw: RawCell): string | null {
  if (raw === null || raw === undefined) return null;
  const s = normalizeThai(String(raw)).replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

export { parseFiscalYear, parseRound } from './period-cells';
