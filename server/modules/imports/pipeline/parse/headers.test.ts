import { describe, expect, it } from 'vitest';
import { importColumns, type ImportColumnKey } from '../../../../../shared/import-format';
import { mapHeaders } from './headers';

const thai: string[] = importColumns.map((c) => c.th);
const english = importColumns.map((c) => c.en);
const allIndexes = Object.fromEntries(importColumns.map((c, i) => [c.key, i]));

describe('mapHeaders: recognised headers', () => {
  it.each([
    ['Thai', thai],
    ['English', english],
    ['English, upper case with spaces', english.map((e) => ` ${e.toUpperCase().replace('_', ' ')} `)],
    ['bilingual with brackets', importColumns.map((c) => `${c.th} (${c.en})`)],
    ['bilingual on two lines', importColumns.map((c) => `${c.th}\n${c.en}`)],
    ['bilingual, English first, CRLF', importColumns.map((c) => `${c.en}\r\n${c.th}`)],
    ['bilingual with a slash', importColumns.map((c) => `${c.th} / ${c.en}`)],
    ['bilingual separated by a space only', importColumns.map((c) => `${c.th} ${c.en}`)],
    ['required marker and colon', importColumns.map((c) => (c.required ? `${c.th} *` : `${c.th}:`))],
    ['decomposed SARA AM', thai.map((t) => t.replace('ำ', '\u0E4D\u0E32'))],
  ])('%s', (_name, row) => {
    expect(mapHeaders(row)).toEqual({ ok: true, columns: allIndexes, ignored: [] });
  });

  it.each<[string, ImportColumnKey]>([
    ['fiscal year', 'fiscalYear'],
    ['Year', 'fiscalYear'],
    ['ปี', 'fiscalYear'],
    ['ปีงบ', 'fiscalYear'],
    ['ปี พ.ศ.', 'fiscalYear'],
    ['ปีพ.ศ.', 'fiscalYear'],
    ['รอบการรายงาน', 'round'],
    ['Round (months)', 'round'],
    ['months', 'round'],
    ['Province Name', 'province'],
    ['ชื่อจังหวัด', 'province'],
    ['Indicator Code', 'indicator'],
    ['รหัสตัวชี้วัด', 'indicator'],
    ['KPI', 'indicator'],
    ['องค์ประกอบย่อย', 'component'],
    ['แหล่งน้ำ/พื้นที่', 'component'],
    ['ค่าเป้าหมายขั้นต่ำ', 'targetMin'],
    ['Minimum target', 'targetMin'],
    ['MIN', 'targetMin'],
    ['Standard Target', 'targetStd'],
    ['std', 'targetStd'],
    ['Advanced target', 'targetAdv'],
    ['adv', 'targetAdv'],
    ['ผล', 'result'],
    ['ผลการดำเนินการ', 'result'],
    ['Value', 'result'],
    ['Notes', 'note'],
    ['remarks', 'note'],
    ['หมายเหตุ/คำอธิบาย', 'note'],
    ['targetMin', 'targetMin'],
    ['ค่าเป้าหมาย ขั้นต้น', 'targetMin'],
    ['รหัสตัวชี้วัด (KPI)', 'indicator'],
  ])('alias %o → %s', (header, key) => {
    const row = [...thai];
    const at = importColumns.findIndex((c) => c.key === key);
    row[at] = header;
    expect(mapHeaders(row)).toEqual({ ok: true, columns: allIndexes, ignored: [] });
  });
});

describe('mapHeaders: extra, missing and duplicate columns', () => {
  it('ignores unknown columns, reports their names, and skips blank cells', () => {
    const r = mapHeaders(['ลำดับ', 'ปีงบประมาณ', 'รอบ', '', 'จังหวัด', 'ตัวชี้วัด', 'ผล', 'ผู้กรอก\nข้อมูล', '  ']);
    expect(r).toEqual({
      ok: true,
      columns: { fiscalYear: 1, round: 2, province: 4, indicator: 5, result: 6 },
      ignored: ['ลำดับ', 'ผู้กรอก ข้อมูล'],
    });
  });

  it('accepts a sheet without the optional columns', () => {
    expect(mapHeaders(['fiscal_year', 'round', 'province', 'indicator', 'result']).ok).toBe(true);
  });

  it('reports every missing required column in Thai and English', () => {
    const r = mapHeaders(['จังหวัด', 'หมายเหตุ', 'อื่น ๆ']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.column])).toEqual([
      ['HEADER_MISSING', 'fiscalYear'],
      ['HEADER_MISSING', 'round'],
      ['HEADER_MISSING', 'indicator'],
      ['HEADER_MISSING', 'result'],
    ]);
    expect(r.errors[0]!.th).toContain('ปีงบประมาณ');
    expect(r.errors[0]!.en).toContain('fiscal_year');
    expect(r.columns).toEqual({ province: 0, note: 1 });
    expect(r.ignored).toEqual(['อื่น ๆ']);
  });

  it('reports a duplicate column, naming it and its column letters', () => {
    const r = mapHeaders(['ปีงบประมาณ', 'รอบ', 'จังหวัด', 'ตัวชี้วัด', 'ผลการดำเนินงาน', 'result (ผล)']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'HEADER_DUPLICATE', column: 'result', indexes: [4, 5] });
    expect(r.errors[0]!.th).toContain('ผลการดำเนินงาน');
    expect(r.errors[0]!.th).toContain('E, F');
    expect(r.errors[0]!.en).toContain('"result"');
    expect(r.errors[0]!.en).toContain('E, F');
    expect(r.columns.result).toBe(4);
  });

  it('reports a header that names two columns at once', () => {
    const r = mapHeaders(['ปี / รอบ', 'จังหวัด', 'ตัวชี้วัด', 'ผล']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(['HEADER_AMBIGUOUS', 'HEADER_MISSING', 'HEADER_MISSING']);
    expect(r.errors[0]!.th).toContain('A');
  });

  it('handles an empty header row', () => {
    const r = mapHeaders([]);
    expect(!r.ok && r.errors.filter((e) => e.code === 'HEADER_MISSING')).toHaveLength(5);
  });
});
