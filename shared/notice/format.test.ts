import { describe, expect, it } from 'vitest';
import { displayText, formatDifference, formatQuantity, itemName, noticeSections, resultText } from './format';

describe('displayText', () => {
  it('converts every digit to the chosen script', () => {
    expect(displayText('รอบ 6 เดือน ปี 2566', 'thai')).toBe('รอบ ๖ เดือน ปี ๒๕๖๖');
    expect(displayText('รอบ ๖ เดือน ปี ๒๕๖๖', 'arabic')).toBe('รอบ 6 เดือน ปี 2566');
  });
  it('leaves web addresses alone, so they still work', () => {
    const url = 'https://lookerstudio.google.com/reporting/6ea85de7-791b-43a9';
    expect(displayText(`ดูได้จาก ${url} ณ วันที่ 12`, 'thai')).toBe(`ดูได้จาก ${url} ณ วันที่ ๑๒`);
  });
});

describe('numbers with units', () => {
  it.each([
    [449.21, 'ล้านบาท', 'thai', 2, '๔๔๙.๒๑ ล้านบาท'],
    [85.2, 'ร้อยละ', 'arabic', 2, 'ร้อยละ 85.20'],
    [3, 'ระดับ', 'thai', 0, 'ระดับ ๓'],
    [1234567.5, 'ล้านบาท', 'arabic', 2, '1,234,567.50 ล้านบาท'],
  ] as const)('%d %s (%s, %i places) → %s', (v, unit, digits, places, out) => expect(formatQuantity(v, unit, digits, places)).toBe(out));
  it('counts a difference of levels', () => expect(formatDifference(2, 'ระดับ', 'arabic', 0)).toBe('2 ระดับ'));
  it('prints every value of a column with the catalog decimals (1,504.10 beside 2,335.98, never 1,504.1)', () => {
    const column = [1504.1, 2335.98, 707].map((v) => formatQuantity(v, 'ล้านบาท', 'arabic', 2));
    expect(column).toEqual(['1,504.10 ล้านบาท', '2,335.98 ล้านบาท', '707.00 ล้านบาท']);
  });
});

describe('items', () => {
  it('names a component with its label', () => {
    expect(itemName({ nameTh: 'คุณภาพน้ำ', component: 'แม่น้ำน้อย', componentLabelTh: 'แหล่งน้ำ' })).toBe('คุณภาพน้ำ (แหล่งน้ำ แม่น้ำน้อย)');
    expect(itemName({ nameTh: 'รายได้', component: null, componentLabelTh: null })).toBe('รายได้');
  });
  it('prints a status word when there is no number', () => {
    expect(resultText({ result: { kind: 'missing' }, unitTh: 'ร้อยละ', decimals: 2 }, 'thai')).toBe('ไม่รายงานผล');
    expect(resultText({ result: { kind: 'pending' }, unitTh: 'ร้อยละ', decimals: 2 }, 'thai')).toBe('อยู่ระหว่างดำเนินการ');
  });
  it('groups items by status in their order', () => {
    const item = (status: string, code: string) => ({ status, indicatorCode: code }) as never;
    const s = noticeSections({ items: [item('metMin', 'A'), item('belowMin', 'B'), item('metMin', 'C')] });
    expect(s.metMin.map((i: { indicatorCode: string }) => i.indicatorCode)).toEqual(['A', 'C']);
    expect(s.belowMin).toHaveLength(1);
    expect(s.notReported).toEqual([]);
  });
});
