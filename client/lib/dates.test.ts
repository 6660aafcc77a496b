import { describe, expect, it } from 'vitest';
import { formatDateTime, formatThaiDate, toBuddhistPattern } from './dates';

describe('toBuddhistPattern', () => {
  it.each([
    ['yyyy', 2023, "'2566'"],
    ['y', 2023, "'2566'"],
    ['yy', 2023, "'66'"],
    ['yy', 2057, "'00'"], // 2600 BE
    ['d MMM yyyy', 2023, "d MMM '2566'"],
    ["'ปี' yyyy", 2023, "'ปี' '2566'"],
    ["'yyyy' yyyy", 2023, "'yyyy' '2566'"], // quoted y stays literal
    ["h 'o''clock' yyyy", 2023, "h 'o''clock' '2566'"],
    ["'' yyyy", 2023, "'' '2566'"],
  ])('%s in %i → %s', (pattern, year, expected) => {
    expect(toBuddhistPattern(pattern, year)).toBe(expected);
  });
});

describe('formatThaiDate', () => {
  it('prints Thai month names and the Buddhist Era year', () => {
    expect(formatThaiDate(new Date(2023, 5, 19), 'd MMMM yyyy')).toBe('19 มิถุนายน 2566');
    expect(formatThaiDate(new Date(2023, 5, 19), 'd MMM yy')).toBe('19 มิ.ย. 66');
    expect(formatThaiDate(new Date(2023, 5, 19))).toBe('19 มิ.ย. 2566');
  });

  it('uses the calendar year of the date itself at the year boundary', () => {
    expect(formatThaiDate(new Date(2022, 11, 31), 'd MMM yyyy')).toBe('31 ธ.ค. 2565');
    expect(formatThaiDate(new Date(2023, 0, 1), 'd MMM yyyy')).toBe('1 ม.ค. 2566');
  });

  it('throws on an invalid date rather than printing "Invalid Date"', () => {
    expect(() => formatThaiDate('not a date')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('Buddhist Era in Thai, Christian era in English', () => {
    const d = new Date(2023, 5, 19, 10, 4);
    expect(formatDateTime(d, 'th')).toBe('19 มิ.ย. 2566 10:04');
    expect(formatDateTime(d, 'en')).toBe('19 Jun 2023 10:04');
  });
});
