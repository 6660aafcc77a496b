import { describe, expect, it } from 'vitest';
import { shorten, sortBarRows, statusBarGroups, type SummaryLike } from './status-bars-data';

const ind = (code: string, group: SummaryLike['group'], counts: Partial<SummaryLike['counts']> = {}): SummaryLike => ({
  code,
  nameTh: `ตัวชี้วัด ${code}`,
  nameEn: `Indicator ${code}`,
  group,
  example: false,
  provincesAssigned: 10,
  items: 0,
  counts: { notReported: 0, belowMin: 0, metMin: 0, pending: 0, ...counts },
});

describe('statusBarGroups', () => {
  it('groups in the catalog’s group order, numbers within each group, totals the four statuses', () => {
    const groups = statusBarGroups([
      ind('SOC-01', 'social', { belowMin: 12, metMin: 27, notReported: 1 }),
      ind('ECO-01', 'economic', { metMin: 75, notReported: 1 }),
      ind('ECO-02', 'economic', { belowMin: 53, metMin: 5 }),
      ind('PB-01', 'potential', { pending: 1, metMin: 3 }),
    ]);
    expect(groups.map((g) => g.group)).toEqual(['economic', 'social', 'potential']); // no environment rows → no chart
    expect(groups[0]!.rows.map((r) => [r.code, r.n, r.total])).toEqual([
      ['ECO-01', 1, 76],
      ['ECO-02', 2, 58],
    ]);
    expect(groups[0]!.max).toBe(76);
    expect(groups[1]!.rows[0]).toMatchObject({ code: 'SOC-01', n: 1, belowMin: 12, metMin: 27, notReported: 1, pending: 0, total: 40 });
  });

  it('an empty summary gives no groups', () => {
    expect(statusBarGroups([])).toEqual([]);
  });
});

describe('shorten', () => {
  it('keeps short labels and cuts long ones at a grapheme boundary with an ellipsis', () => {
    expect(shorten('มูลค่าการค้าชายแดน', 40)).toBe('มูลค่าการค้าชายแดน');
    // Graphemes, not code points: a vowel or tone mark is never cut from its consonant.
    expect(shorten('ที่ดิน', 2)).toBe('ที่ดิ…'); // ดิ is one grapheme too
    expect(shorten('Border trade value', 6)).toBe('Border…');
  });
});

describe('sortBarRows', () => {
  const rows = statusBarGroups([
    ind('ECO-01', 'economic', { belowMin: 2, metMin: 70, notReported: 4 }),
    ind('ECO-02', 'economic', { belowMin: 53, metMin: 5 }),
    ind('ECO-03', 'economic', { belowMin: 2, metMin: 60, pending: 9 }),
  ])[0]!.rows;
  it('keeps the catalog order, or puts the most of one status first with ties in catalog order', () => {
    expect(sortBarRows(rows, 'catalog').map((r) => r.code)).toEqual(['ECO-01', 'ECO-02', 'ECO-03']);
    expect(sortBarRows(rows, 'belowMin').map((r) => r.code)).toEqual(['ECO-02', 'ECO-01', 'ECO-03']);
    expect(sortBarRows(rows, 'metMin').map((r) => r.code)).toEqual(['ECO-01', 'ECO-03', 'ECO-02']);
    expect(sortBarRows(rows, 'pending').map((r) => r.code)).toEqual(['ECO-03', 'ECO-01', 'ECO-02']);
    expect(sortBarRows(rows, 'notReported')[0]!.code).toBe('ECO-01');
  });
});
