import { describe, expect, it } from 'vitest';
import { formatNumber, normalizeThai, toArabicDigits, toThaiDigits } from './thai';

describe('toThaiDigits / toArabicDigits', () => {
  it.each([
    ['0123456789', '๐๑๒๓๔๕๖๗๘๙'],
    ['ปีงบประมาณ 2566', 'ปีงบประมาณ ๒๕๖๖'],
    ['449.21 ล้านบาท', '๔๔๙.๒๑ ล้านบาท'],
    ['', ''],
    ['abc', 'abc'],
  ])('%s ↔ %s', (arabic, thai) => {
    expect(toThaiDigits(arabic)).toBe(thai);
    expect(toArabicDigits(thai)).toBe(arabic);
  });

  it('leaves the other script untouched', () => {
    expect(toThaiDigits('๑2')).toBe('๑๒');
    expect(toArabicDigits('๑2')).toBe('12');
  });
});

describe('formatNumber', () => {
  it.each([
    [449.21, { digits: 'thai' }, '๔๔๙.๒๑'],
    [1234567.5, { digits: 'thai' }, '๑,๒๓๔,๕๖๗.๕'],
    [1234567.5, { digits: 'arabic' }, '1,234,567.5'],
    [0, { digits: 'thai' }, '๐'],
    [-1234.567, { digits: 'arabic' }, '-1,234.57'],
    [85, { digits: 'arabic', minFractionDigits: 2 }, '85.00'],
    [85, { digits: 'thai', minFractionDigits: 2 }, '๘๕.๐๐'],
    [3.14159, { digits: 'arabic', maxFractionDigits: 0 }, '3'],
    [3.14159, { digits: 'arabic', maxFractionDigits: 4 }, '3.1416'],
    [2.5, { digits: 'arabic', minFractionDigits: 3 }, '2.500'], // min above default max
    [-0.001, { digits: 'arabic' }, '0'],
    [-0, { digits: 'arabic' }, '0'],
    [1e9, { digits: 'thai' }, '๑,๐๐๐,๐๐๐,๐๐๐'],
  ] as const)('%s %o → %s', (value, opts, expected) => {
    expect(formatNumber(value, opts)).toBe(expected);
  });
});

describe('normalizeThai', () => {
  it.each([
    ['ลําปาง', 'ลำปาง'], // NIKHAHIT + SARA AA
    ['น\u0E4D\u0E49\u0E32', 'น้ำ'], // NIKHAHIT, tone, SARA AA
    ['น\u0E33\u0E49', 'น้ำ'], // tone typed after SARA AM
    ['ตร\u200Bาด', 'ตราด'], // zero-width space
    ['ตุ้', 'ตุ้'], // tone before SARA U: NFC reorders (canonical combining classes)
  ])('%s → %s', (input, expected) => {
    expect(normalizeThai(input)).toBe(expected);
  });
});
