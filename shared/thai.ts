/**
 * Thai text helpers shared by client and server. Pure: no I/O, no framework imports.
 *
 * Thai government documents often print numbers in Thai digits (๐–๙), while spreadsheets and
 * code work in Arabic digits, so every boundary (display, import) converts explicitly.
 */

const THAI_ZERO = 0x0e50;
const ARABIC_ZERO = 0x30;

/**
 * Replace Arabic digits 0–9 with Thai digits ๐–๙; every other character is kept.
 *
 * @example
 * toThaiDigits('ปีงบประมาณ 2566') // 'ปีงบประมาณ ๒๕๖๖'
 */
export function toThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - ARABIC_ZERO + THAI_ZERO));
}

/**
 * Replace Thai digits ๐–๙ with Arabic digits 0–9; every other character is kept.
 *
 * @example
 * toArabicDigits('๔๔๙.๒๑ ล้านบาท') // '449.21 ล้านบาท'
 */
export function toArabicDigits(s: string): string {
  return s.replace(/[\u0E50-\u0E59]/g, (d) => String.fromCharCode(d.charCodeAt(0) - THAI_ZERO + ARABIC_ZERO));
}

export interface FormatNumberOptions {
  digits: 'thai' | 'arabic';
  /** Default 2 (money in ล้านบาท and percentages are reported to two places). */
  maxFractionDigits?: number;
  /** Default 0, so 1234567.5 prints as 1,234,567.5 rather than 1,234,567.50. */
  minFractionDigits?: number;
}

// Intl.NumberFormat construction is slow compared with format(); tables print thousands of cells.
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Format a number with en-US grouping (comma thousands, dot decimals), which is what Thai
 * official documents use, in Thai or Arabic digits. Negative numbers use a hyphen-minus.
 *
 * @example
 * formatNumber(449.21, { digits: 'thai' })      // '๔๔๙.๒๑'
 * formatNumber(1234567.5, { digits: 'thai' })   // '๑,๒๓๔,๕๖๗.๕'
 * formatNumber(85, { digits: 'arabic', minFractionDigits: 2 }) // '85.00'
 */
export function formatNumber(value: number, opts: FormatNumberOptions): string {
  const min = opts.minFractionDigits ?? 0;
  // Intl throws a RangeError when min > max; a caller asking for min 3 clearly wants at least 3.
  const max = Math.max(opts.maxFractionDigits ?? 2, min);
  const key = `${min}:${max}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: true,
    });
    formatters.set(key, fmt);
  }
  // Intl prints -0 as "-0"; a rounded tiny negative such as -0.001 would show "-0" too.
  const text = fmt.format(value).replace(/^-(?=0(?:\.0*)?$)/, '');
  return opts.digits === 'thai' ? toThaiDigits(text) : text;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Normalise Thai text so that strings that look the same compare equal: NFC, zero-width
 * characters removed, and SARA AM typed as NIKHAHIT + SARA AA (ํ + า, a common keyboard habit)
 * folded into ำ, with a tone mark typed after ำ moved before it. NFC alone does not do the
 * SARA AM folding because ำ has only a compatibility decomposition.
 *
 * @example
 * normalizeThai('ลําปาง') === 'ลำปาง' // true (ํ + า → ำ)
 */
export function normalizeThai(s: string): string {
  // Fast path: plain ASCII (codes, numbers, English names) has nothing to normalise; most cells are.
  if (!NON_ASCII.test(s)) return s;
  return s
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, '$1\u0E33')
    .replace(/\u0E33([\u0E48-\u0E4B])/g, '$1\u0E33');
}
