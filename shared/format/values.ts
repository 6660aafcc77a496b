/**
 * An indicator's values as every screen and document shows them: always the catalog's number of
 * decimals (`Indicator.decimals`), so one column never mixes 1,504.1 with 2,335.98, in Thai or
 * Arabic digits. The one formatter for values, targets and differences (data/catalog/README.md).
 * Pure; counts and shares that are not an indicator's values keep `formatNumber` (shared/thai.ts).
 */
import { formatNumber } from '../thai';

export type Digits = 'thai' | 'arabic';

/** What the formatter needs to know of the indicator. */
export interface ValueFormat {
  /** Places after the point, from the catalog (0 for levels, 2 for money and percentages). */
  decimals: number;
}

/**
 * A value with exactly the indicator's decimals, en-US grouping, in the chosen digits.
 *
 * @example
 * formatValue(1504.1, { decimals: 2 }, 'arabic') // '1,504.10'
 * formatValue(449.21, { decimals: 2 }, 'thai')   // '๔๔๙.๒๑'
 * formatValue(3, { decimals: 0 }, 'arabic')      // '3'
 */
export function formatValue(value: number, format: ValueFormat, digits: Digits): string {
  const places = Math.max(0, Math.min(4, Math.trunc(format.decimals)));
  return formatNumber(value, { digits, minFractionDigits: places, maxFractionDigits: places });
}

/**
 * A difference of values with its sign (+1,234.50 / -0.25 / 0.00), in the indicator's decimals.
 *
 * @example
 * formatSignedValue(150.5, { decimals: 2 }, 'arabic') // '+150.50'
 */
export function formatSignedValue(value: number, format: ValueFormat, digits: Digits): string {
  const text = formatValue(value, format, digits);
  // A difference that rounds to zero prints unsigned, as formatNumber drops "-0".
  return value > 0 && /[1-9๑-๙]/.test(text) ? `+${text}` : text;
}

/**
 * The Excel number format that shows a value as `formatValue` does (grouping, fixed decimals), so a
 * downloaded table keeps numbers as numbers and still reads like the screen.
 *
 * @example
 * excelNumberFormat({ decimals: 2 }) // '#,##0.00'
 * excelNumberFormat({ decimals: 0 }) // '#,##0'
 */
export function excelNumberFormat(format: ValueFormat): string {
  const places = Math.max(0, Math.min(4, Math.trunc(format.decimals)));
  return places ? `#,##0.${'0'.repeat(places)}` : '#,##0';
}
