// End-to-end through the parse layer: bytes → text → rows → headers → cells, for each encoding
// a Thai office's Excel can produce.
import { describe, expect, it } from 'vitest';
import { parseNumberCell, parseResultCell, parseFiscalYear, parseRound } from './cells';
import { parseCsv } from './csv';
import { decodeText, encodeWindows874 } from './decode';
import { mapHeaders } from './headers';

const sheet = [
  'ปีงบประมาณ,รอบ,จังหวัด,ตัวชี้วัด,องค์ประกอบ,ผลการดำเนินงาน,หมายเหตุ',
  '๒๕๖๖,รอบ 6 เดือน,จ.ตราด,ECO-01,,"๑,๒๓๔.๕ ล้านบาท","ข้อมูล ""เบื้องต้น"""',
  '2566,12,Trat,ECO-01,,ไม่รายงานผล,',
].join('\r\n');

const encodings = {
  'utf-8': new TextEncoder().encode(sheet),
  'utf-8 with BOM': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sheet)]),
  'windows-874': encodeWindows874(sheet),
};

describe('bytes to cell values', () => {
  it.each(Object.entries(encodings))('%s', (_name, bytes) => {
    const { text } = decodeText(bytes);
    const csv = parseCsv(text);
    if (!csv.ok) throw new Error(csv.error.en);
    const [header, first, second] = csv.rows as [string[], string[], string[]];
    const mapped = mapHeaders(header);
    if (!mapped.ok) throw new Error(mapped.errors.map((e) => e.en).join('; '));
    const c = mapped.columns;
    expect(parseFiscalYear(first[c.fiscalYear!]!)).toEqual({ ok: true, value: 2566 });
    expect(parseRound(first[c.round!]!)).toEqual({ ok: true, value: 6 });
    expect(parseResultCell(first[c.result!]!)).toEqual({ ok: true, value: { kind: 'value', value: 1234.5 } });
    expect(first[c.note!]).toBe('ข้อมูล "เบื้องต้น"');
    expect(parseRound(second[c.round!]!)).toEqual({ ok: true, value: 12 });
    expect(parseResultCell(second[c.result!]!)).toEqual({ ok: true, value: { kind: 'notReported' } });
    expect(parseNumberCell(second[c.component!]!)).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
  });
});
