import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvBytes, escapeCell, toCsv, xlsxBytes } from './table-export';
import { valueCell } from '../../shared/table-file';

describe('escapeCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+66 2 356 9999', "'+66 2 356 9999"],
    ['-12.5%', "'-12.5%"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['อ่างทอง', 'อ่างทอง'],
    ['ECO-05', 'ECO-05'],
    ['', ''],
    ["'already", "'already"],
  ])('%j → %j', (input, expected) => expect(escapeCell(input)).toBe(expected));
});

describe('CSV', () => {
  const table = {
    columns: ['จังหวัด', 'ผล (ล้านบาท)', 'หมายเหตุ'],
    rows: [
      ['อ่างทอง', 449.21, 'ต่ำกว่า "ขั้นต้น", ครึ่งปี'],
      ['=cmd|calc', -3, null],
      ['ชลบุรี', 12, 'บรรทัด\nใหม่'],
    ],
  };

  it('starts with the UTF-8 BOM bytes and encodes Thai as UTF-8', () => {
    const bytes = csvBytes(table);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // "จ" is U+0E08 → E0 B8 88 in UTF-8.
    expect([...bytes.slice(3, 6)]).toEqual([0xe0, 0xb8, 0x88]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(toCsv(table).slice(1));
  });

  it('quotes commas, quotes and line breaks; escapes formulas in text but not negative numbers; CRLF lines', () => {
    expect(toCsv(table)).toBe(
      '\uFEFFจังหวัด,ผล (ล้านบาท),หมายเหตุ\r\n' +
        'อ่างทอง,449.21,"ต่ำกว่า ""ขั้นต้น"", ครึ่งปี"\r\n' +
        "'=cmd|calc,-3,\r\n" +
        'ชลบุรี,12,"บรรทัด\nใหม่"\r\n',
    );
  });
});

describe('xlsx', () => {
  it('writes a sheet that exceljs reads back with the same header, numbers as numbers and formulas escaped', async () => {
    const bytes = await xlsxBytes({ name: 'ตัวชี้วัด ECO-05 / 2566', columns: ['จังหวัด', 'ผล'], rows: [['อ่างทอง', 449.21], ['@SUM(1)', null]] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('ตัวชี้วัด ECO-05   2566');
    expect(sheet.getRow(1).values).toEqual([undefined, 'จังหวัด', 'ผล']);
    expect(sheet.getCell('B2').value).toBe(449.21);
    expect(sheet.getCell('A3').value).toBe("'@SUM(1)");
    expect(sheet.getCell('B3').value).toBeNull();
  });
});

describe('indicator values: numbers with the catalog decimals', () => {
  const table = {
    name: 'ECO-05',
    columns: ['จังหวัด', 'ผล (ล้านบาท)', 'ระดับ'],
    rows: [
      ['อ่างทอง', valueCell(1504.1, { decimals: 2 }), valueCell(3, { decimals: 0 })],
      ['ชลบุรี', valueCell(2335.98, { decimals: 2 }), valueCell(4, { decimals: 0 })],
    ],
  };

  it('CSV fields carry the same places within a column, ungrouped so they read back as numbers', () => {
    expect(toCsv(table)).toBe('\uFEFFจังหวัด,ผล (ล้านบาท),ระดับ\r\nอ่างทอง,1504.10,3\r\nชลบุรี,2335.98,4\r\n');
  });

  it('xlsx cells are numbers with the decimals as their number format', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxBytes(table)).buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('B2').value).toBe(1504.1);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('B3').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('C2').value).toBe(3);
    expect(sheet.getCell('C2').numFmt).toBe('#,##0');
  });
});
