import { describe, expect, it } from 'vitest';
import { parseFiscalYear, parseRound } from './cells';

describe('parseFiscalYear', () => {
  it.each([
    [2566, 2566],
    ['2566', 2566],
    ['๒๕๖๖', 2566],
    ['พ.ศ. 2566', 2566],
    ['พ.ศ.2566', 2566],
    ['ปีงบประมาณ 2566', 2566],
    ['ปีงบประมาณ พ.ศ. ๒๕๖๗', 2567],
    ['ปีงบ 2566', 2566],
    ['FY2566', 2566],
    ['fiscal year 2566', 2566],
    [' 2566 ', 2566],
    ['2566.0', 2566],
    [2500, 2500],
    [2700, 2700],
  ])('%o → %s', (raw, expected) => {
    expect(parseFiscalYear(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [2023, 'FISCAL_YEAR_GREGORIAN', '2566'],
    ['2023', 'FISCAL_YEAR_GREGORIAN', '2566'],
    ['ค.ศ. 2023', 'FISCAL_YEAR_GREGORIAN', '2566'],
    ['FY2024', 'FISCAL_YEAR_GREGORIAN', '2567'],
    ['66', 'FISCAL_YEAR_SHORT', '2566'],
    [2499, 'FISCAL_YEAR_RANGE', '2500'],
    ['2701', 'FISCAL_YEAR_RANGE', '2700'],
    [2566.5, 'FISCAL_YEAR_INVALID', '2566'],
    ['ปีหน้า', 'FISCAL_YEAR_INVALID', '2566'],
    ['2566/2567', 'FISCAL_YEAR_INVALID', '2566'],
    ['', 'FISCAL_YEAR_EMPTY', '2566'],
    [null, 'FISCAL_YEAR_EMPTY', '2566'],
  ])('%o → %s (message mentions %s)', (raw, code, mention) => {
    const r = parseFiscalYear(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.th).toContain(mention);
    expect(r.error.en).toContain(mention);
  });

  it('says "add 543" for a Gregorian year', () => {
    const r = parseFiscalYear(2023);
    expect(!r.ok && r.error.th).toContain('543');
    expect(!r.ok && r.error.en).toContain('add 543');
  });
});

describe('parseRound', () => {
  it.each([
    [6, 6],
    [12, 12],
    ['6', 6],
    ['๖', 6],
    ['๑๒', 12],
    ['6 เดือน', 6],
    ['6เดือน', 6],
    ['รอบ 6 เดือน', 6],
    ['รอบ ๑๒ เดือน', 12],
    ['รอบการรายงาน 12 เดือน', 12],
    ['12 months', 12],
    ['6 Months', 6],
    ['round 6', 6],
    ['6.0', 6],
  ])('%o → %s', (raw, expected) => {
    expect(parseRound(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [3, 'ROUND_INVALID'],
    ['9 เดือน', 'ROUND_INVALID'],
    ['H1', 'ROUND_INVALID'],
    ['รอบที่ 1', 'ROUND_INVALID'],
    ['ครึ่งปี', 'ROUND_INVALID'],
    [6.5, 'ROUND_INVALID'],
    ['', 'ROUND_EMPTY'],
    [null, 'ROUND_EMPTY'],
  ])('%o → %s', (raw, code) => {
    const r = parseRound(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.th).toContain('6');
    expect(r.error.en).toContain('12');
  });
});
