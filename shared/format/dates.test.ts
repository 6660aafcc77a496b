import { describe, expect, it } from 'vitest';
import { bangkokParts, fiscalYearOf, formatDateTime, formatThaiDateTime } from './dates';

describe('bangkokParts', () => {
  it('reads the instant on a Bangkok clock, whatever the machine time zone', () => {
    expect(bangkokParts('2023-06-19T17:05:00Z')).toEqual({ year: 2023, month: 5, day: 20, hours: 0, minutes: 5 });
  });
  it('crosses the year boundary in Bangkok time, not UTC', () => {
    expect(bangkokParts('2022-12-31T16:59:00Z').year).toBe(2022);
    expect(bangkokParts('2022-12-31T17:00:00Z').year).toBe(2023);
  });
  it('throws on an invalid date rather than printing "Invalid Date"', () => {
    expect(() => bangkokParts('not a date')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('Buddhist Era in Thai, Christian era in English, Bangkok time', () => {
    expect(formatDateTime('2023-06-19T03:04:00Z', 'th')).toBe('19 มิ.ย. 2566 10:04');
    expect(formatDateTime('2023-06-19T03:04:00Z', 'en')).toBe('19 Jun 2023 10:04');
  });
  it('uses the Bangkok calendar year at the year boundary', () => {
    expect(formatDateTime('2022-12-31T10:00:00Z', 'th')).toBe('31 ธ.ค. 2565 17:00');
    expect(formatDateTime('2022-12-31T17:00:00Z', 'th')).toBe('1 ม.ค. 2566 00:00');
  });
});

describe('formatThaiDateTime', () => {
  it('prints the Thai official date in Bangkok time with the Buddhist Era', () => {
    expect(formatThaiDateTime('2023-06-19T03:30:00Z', 'thai')).toBe('๑๙ มิถุนายน พ.ศ. ๒๕๖๖');
    expect(formatThaiDateTime('2023-06-19T17:05:00Z', 'arabic', true)).toBe('20 มิถุนายน พ.ศ. 2566 เวลา 00.05 น.');
  });
  it('refuses a date that is not one', () => expect(() => formatThaiDateTime('soon', 'thai')).toThrow(RangeError));
});

describe('fiscalYearOf', () => {
  // The fiscal year turns at midnight of 1 October in Bangkok (17:00 UTC the day before), not at the machine's midnight.
  it.each([
    ['2023-09-30T16:59:59Z', 2566],
    ['2023-09-30T17:00:00Z', 2567],
    ['2023-01-01T00:00:00Z', 2566],
    ['2022-12-31T16:59:59Z', 2566],
    ['2023-12-31T17:00:00Z', 2567],
  ])('%s is in fiscal year %i', (instant, year) => {
    expect(fiscalYearOf(instant)).toBe(year);
  });
});
