import { describe, expect, it } from 'vitest';
import { excelNumberFormat, formatSignedValue, formatValue } from './values';

describe('formatValue: the catalog decimals, always', () => {
  it.each([
    [1504.1, 2, 'arabic', '1,504.10'],
    [2335.98, 2, 'arabic', '2,335.98'],
    [449.21, 2, 'thai', '๔๔๙.๒๑'],
    [85, 2, 'arabic', '85.00'],
    [3, 0, 'thai', '๓'],
    [2.6, 0, 'arabic', '3'],
    [1234567.005, 2, 'arabic', '1,234,567.01'],
    [-0.001, 2, 'arabic', '0.00'],
  ] as const)('%d with %i places (%s) → %s', (v, decimals, digits, out) => expect(formatValue(v, { decimals }, digits)).toBe(out));

  it('gives every value of one column the same number of places', () => {
    const column = [1504.1, 2335.98, 12, 0.5, 100000].map((v) => formatValue(v, { decimals: 2 }, 'arabic'));
    expect(column).toEqual(['1,504.10', '2,335.98', '12.00', '0.50', '100,000.00']);
    expect(new Set(column.map((s) => s.split('.')[1]?.length))).toEqual(new Set([2]));
  });

  it('signs a difference, but not one that rounds to zero', () => {
    expect(formatSignedValue(150.5, { decimals: 2 }, 'arabic')).toBe('+150.50');
    expect(formatSignedValue(-0.25, { decimals: 2 }, 'arabic')).toBe('-0.25');
    expect(formatSignedValue(0.001, { decimals: 2 }, 'arabic')).toBe('0.00');
    expect(formatSignedValue(1, { decimals: 0 }, 'thai')).toBe('+๑');
  });

  it('names the Excel cell format that reads the same', () => {
    expect(excelNumberFormat({ decimals: 2 })).toBe('#,##0.00');
    expect(excelNumberFormat({ decimals: 0 })).toBe('#,##0');
  });
});
