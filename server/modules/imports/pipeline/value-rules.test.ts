import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../../platform/config';
import { outOfRange, ruledText, valueRangeOf } from './value-rules';

const facts = (unitEn: string, unitTh: string, nameEn = 'Something', kind: 'quantity' | 'level' = 'quantity') => ({ kind, unitEn, unitTh, nameEn });

describe('valueRangeOf', () => {
  it.each([
    ['a success level', facts('level', 'ระดับ', 'x', 'level'), { min: 0, max: 5 }],
    ['a percentage', facts('percent', 'ร้อยละ', 'Percentage of villages'), { min: 0, max: 100 }],
    ['a percentage reduction', facts('percent', 'ร้อยละ', 'Percentage reduction of fire hotspots'), { min: -10_000, max: 100 }],
    ['a percentage increase', facts('percent', 'ร้อยละ', 'Percentage increase of revenue'), { min: -100, max: 10_000 }],
    ['a stated scale', facts('WQI points (0–100)', 'คะแนน WQI'), { min: 0, max: 100 }],
    ['million baht', facts('million baht', 'ล้านบาท'), { min: 0, max: 10_000_000 }],
    ['baht', facts('baht', 'บาท'), { min: 0, max: 10_000_000 * 1e6 }],
    ['a rate per 1,000', facts('per 1,000 women aged 15–19', 'ต่อพันคน'), { min: 0, max: 1000 }],
    ['a count', facts('people', 'คน'), { min: 0, max: 1e12 }],
    ['an unknown unit', facts('degrees', 'องศา'), { min: -1e12, max: 1e12 }],
  ])('%s', (_name, f, range) => expect(valueRangeOf(f)).toEqual(range));

  it('gives every indicator of every catalog a range narrower than the catch-all (a new unit must be thought about)', () => {
    const catalogs = readdirSync(join(dataDir, 'catalog')).filter((f) => /^fy\d+\.json$/.test(f));
    expect(catalogs.length).toBeGreaterThan(0);
    for (const file of catalogs) {
      const { indicators } = JSON.parse(readFileSync(join(dataDir, 'catalog', file), 'utf8')) as { indicators: (ReturnType<typeof facts> & { code: string })[] };
      for (const ind of indicators) expect(valueRangeOf(ind), `${file} ${ind.code}`).not.toEqual({ min: -1e12, max: 1e12 });
    }
  });
});

describe('outOfRange', () => {
  const pct = facts('percent', 'ร้อยละ', 'Percentage of villages');
  it('accepts the bounds themselves and refuses beyond them, infinities and NaN', () => {
    expect(outOfRange(0, pct, 'result')).toBeNull();
    expect(outOfRange(100, pct, 'target')).toBeNull();
    for (const v of [-0.01, 100.01, 1e308, Infinity, -Infinity, NaN]) expect(outOfRange(v, pct, 'result')?.code).toBe('VALUE_OUT_OF_RANGE');
  });
  it('names the value, the unit and the range in Thai and English', () => {
    const p = outOfRange(1e308, facts('million baht', 'ล้านบาท'), 'target')!;
    expect(p.th).toBe('ค่าเป้าหมาย 1.00e+308 อยู่นอกช่วงที่เป็นไปได้ของหน่วย ล้านบาท (0 ถึง 10,000,000)');
    expect(p.en).toBe('The target 1.00e+308 is outside what the unit "million baht" can hold (0 to 10,000,000).');
  });
});

describe('ruledText', () => {
  it('removes controls, bidi and zero-width characters, then folds white space', () => {
    expect(ruledText('  ผล\u0000 \u202Eดี\u202C\u200B\r\nมาก ', 'note')).toEqual({ ok: true, value: 'ผล ดี มาก' });
    expect(ruledText('\u2066\u2069', 'component')).toEqual({ ok: true, value: null });
    expect(ruledText(42, 'note')).toEqual({ ok: true, value: '42' });
  });
  it('refuses text over its limit, counted after cleaning', () => {
    expect(ruledText('ก'.repeat(1000), 'note').ok).toBe(true);
    expect(ruledText(`${'ก'.repeat(1000)}\u202E`, 'note').ok).toBe(true);
    const long = ruledText('ข'.repeat(201), 'component');
    expect(long).toMatchObject({ ok: false, error: { code: 'TEXT_TOO_LONG' } });
  });
});
