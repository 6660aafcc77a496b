import { describe, expect, it } from 'vitest';
import { describeDateField, formatDateField, parseDateField } from './date-field';

describe('formatDateField', () => {
  it('shows day/month/year, the Buddhist Era year in Thai and the Christian-era year in English', () => {
    expect(formatDateField('2026-12-01', 'th')).toBe('01/12/2569');
    expect(formatDateField('2026-12-01', 'en')).toBe('01/12/2026');
    expect(formatDateField('2023-02-28', 'th')).toBe('28/02/2566');
  });

  it('shows nothing for no date or a value that is not an ISO date', () => {
    expect(formatDateField('', 'th')).toBe('');
    expect(formatDateField('12/01/2026', 'en')).toBe('');
  });
});

describe('parseDateField', () => {
  it.each([
    ['01/12/2569', '2026-12-01'],
    ['1/12/2569', '2026-12-01'],
    ['๑/๑๒/๒๕๖๙', '2026-12-01'],
    ['1.12.2569', '2026-12-01'],
    ['1-12-2569', '2026-12-01'],
    [' 1 / 12 / 2569 ', '2026-12-01'],
    ['01/12/2026', '2026-12-01'], // a Christian-era year is read as one
    ['29/02/2567', '2024-02-29'], // 2024 is a leap year
  ])('%s → %s', (text, iso) => {
    expect(parseDateField(text)).toBe(iso);
  });

  it('reads an empty field as no date', () => {
    expect(parseDateField('')).toBe('');
    expect(parseDateField('   ')).toBe('');
  });

  it.each(['31/02/2569', '29/02/2566', '00/01/2569', '1/13/2569', '2026-12-01', '12/2569', 'พรุ่งนี้', '1/12/69', '1/1/1800'])('refuses %s', (text) => {
    expect(parseDateField(text)).toBeNull();
  });

  it('gives back what it shows, in both languages', () => {
    for (const iso of ['2023-01-01', '2024-02-29', '2026-12-31'])
      for (const lang of ['th', 'en'] as const) expect(parseDateField(formatDateField(iso, lang))).toBe(iso);
  });
});

describe('describeDateField', () => {
  it('names the day, month and year, with พ.ศ. in Thai', () => {
    expect(describeDateField('2026-12-01', 'th')).toBe('1 ธันวาคม พ.ศ. 2569');
    expect(describeDateField('2026-12-31', 'th')).toBe('31 ธันวาคม พ.ศ. 2569');
    expect(describeDateField('2026-12-01', 'en')).toBe('1 December 2026');
    expect(describeDateField('', 'en')).toBe('');
  });
});
