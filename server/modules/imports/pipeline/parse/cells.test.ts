import { describe, expect, it } from 'vitest';
import { parseNumberCell, parseOptionalText, parseResultCell } from './cells';

describe('parseNumberCell: accepted', () => {
  it.each([
    [449.21, 449.21],
    [0, 0],
    [-3, -3],
    ['449.21', 449.21],
    ['  449.21  ', 449.21],
    ['๔๔๙.๒๑', 449.21],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['๑,๒๓๔.๕', 1234.5],
    ['449.21 ล้านบาท', 449.21],
    ['๔๔๙.๒๑ ล้านบาท', 449.21],
    ['449.21ล้านบาท', 449.21],
    ['85%', 85],
    ['85 %', 85],
    ['ร้อยละ 85', 85],
    ['ร้อยละ ๘๕.๕๐', 85.5],
    ['12 ต่อพันคน', 12],
    ['ระดับ 3', 3],
    ['3 ระดับ', 3],
    ['ระดับ 3.', 3],
    ['-5', -5],
    ['- 5', -5],
    ['−5', -5], // U+2212 MINUS SIGN
    ['−1,234.5 ล้านบาท', -1234.5],
    ['ร้อยละ -2.5', -2.5],
    ['+7', 7],
    ['.5', 0.5],
    ['0.50', 0.5],
    ['-0', 0],
    ['1.23457E+11', 123457000000],
    ['12\u00a0ราย', 12], // no-break space
    ['1,000 บาท/คน', 1000],
    ['฿1,000', 1000],
    ['2\u200B5', 25], // zero-width space removed
  ])('%o → %s', (raw, expected) => {
    expect(parseNumberCell(raw)).toEqual({ ok: true, value: expected });
  });
});

describe('parseNumberCell: refused', () => {
  it.each([
    ['abc', 'NUMBER_INVALID'],
    ['12.3.4', 'NUMBER_INVALID'],
    ['1,23,4', 'NUMBER_GROUPING'],
    ['12,34', 'NUMBER_GROUPING'], // a decimal comma: refused rather than read as 1234
    ['1,2345', 'NUMBER_GROUPING'],
    ['1 234', 'NUMBER_INVALID'], // two numbers
    ['ไตรมาส 2 ปี 2566', 'NUMBER_INVALID'],
    ['-', 'NUMBER_INVALID'],
    ['--5', 'NUMBER_INVALID'],
    ['<5', 'NUMBER_INVALID'],
    ['≥ 80', 'NUMBER_INVALID'],
    ['(12)', 'NUMBER_INVALID'], // accounting negative: ambiguous
    ['5-10', 'NUMBER_INVALID'], // a range
    [Number.NaN, 'NUMBER_INVALID'],
    [Number.POSITIVE_INFINITY, 'NUMBER_INVALID'],
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    [null, 'EMPTY'],
    [undefined, 'EMPTY'],
  ])('%o → %s', (raw, code) => {
    const r = parseNumberCell(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.th).toMatch(/[\u0E01-\u0E5B]/);
    expect(r.error.en).toMatch(/[a-z]/);
  });

  it('quotes the value in both languages', () => {
    const r = parseNumberCell('abc');
    expect(!r.ok && r.error.th).toContain('"abc"');
    expect(!r.ok && r.error.en).toContain('"abc"');
  });
});

describe('parseResultCell', () => {
  it.each([
    [449.21, { kind: 'value', value: 449.21 }],
    ['๔๔๙.๒๑ ล้านบาท', { kind: 'value', value: 449.21 }],
    ['0', { kind: 'value', value: 0 }],
    ['ไม่รายงานผล', { kind: 'notReported' }],
    [' ไม่รายงาน ', { kind: 'notReported' }],
    ['ไม่ รายงานผล', { kind: 'notReported' }],
    ['Not Reported', { kind: 'notReported' }],
    ['NOT_REPORTED', { kind: 'notReported' }],
    ['nr', { kind: 'notReported' }],
    ['อยู่ระหว่างดำเนินการ', { kind: 'pending' }],
    ['อยู่ระหว่างดําเนินการ', { kind: 'pending' }], // ํ + า typed for ำ
    ['ยังไม่สามารถออกผลการดำเนินงาน', { kind: 'pending' }],
    ['ยังไม่สามารถออกผลการดำเนินงานได้', { kind: 'pending' }],
    ['N/A', { kind: 'pending' }],
    ['na', { kind: 'pending' }],
    ['Pending', { kind: 'pending' }],
  ])('%o → %o', (raw, expected) => {
    expect(parseResultCell(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'RESULT_EMPTY'],
    [null, 'RESULT_EMPTY'],
    ['  ', 'RESULT_EMPTY'],
    ['ยังไม่ทราบ', 'RESULT_INVALID'],
    ['-', 'RESULT_INVALID'],
    ['1,23,4', 'NUMBER_GROUPING'], // digits present: the number error is more useful
    ['12.3.4', 'NUMBER_INVALID'],
    [Number.NaN, 'NUMBER_INVALID'],
  ])('%o → %s', (raw, code) => {
    const r = parseResultCell(raw);
    expect(!r.ok && r.error.code).toBe(code);
  });

  it('tells the user what to write when the result is empty', () => {
    const r = parseResultCell('');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const text of [r.error.th, r.error.en]) {
      expect(text).toContain('ไม่รายงานผล');
      expect(text).toContain('อยู่ระหว่างดำเนินการ');
    }
  });
});

describe('parseOptionalText', () => {
  it.each([
    ['  อ่างเก็บน้ำ\n ห้วยสะพาน ', 'อ่างเก็บน้ำ ห้วยสะพาน'],
    ['a\t\tb', 'a b'],
    ['ลําปาง', 'ลำปาง'],
    ['e\u0301', 'é'], // NFC
    [12, '12'],
    ['', null],
    ['   \n ', null],
    [null, null],
    [undefined, null],
  ])('%o → %o', (raw, expected) => {
    expect(parseOptionalText(raw)).toBe(expected);
  });
});
