/**
 * The direct .xlsx reader must give exactly the cells the exceljs reader gives: compared on the demo
 * files and on workbooks written by exceljs with every kind of cell the import meets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../../../platform/config';
import { importColumns } from '../../../../../shared/import-format';

const thaiHeaders = importColumns.map((c) => c.th);
import { readLimits } from '../limits';
import { FALLBACK, readXlsxFast } from './xlsx-fast';
import { readXlsxStream } from './xlsx-stream';

async function both(bytes: Uint8Array) {
  const limits = readLimits({});
  const fast = await readXlsxFast(bytes, limits, importColumns.length);
  const slow = await readXlsxStream(bytes, limits);
  return { fast, slow };
}

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readXlsxFast', () => {
  it.each(['fy2565-r06.xlsx', 'fy2566-r06.xlsx'])('reads the demo file %s exactly as exceljs does', async (file) => {
    const { fast, slow } = await both(readFileSync(join(dataDir, 'demo', file)));
    expect(fast).not.toBe(FALLBACK);
    expect((fast as { rows: unknown[] }).rows.length).toBeGreaterThan(600);
    expect(fast).toEqual(slow);
  });

  it('reads every kind of cell as exceljs does', async () => {
    const bytes = await workbook((wb) => {
      const hidden = wb.addWorksheet('ซ่อน');
      hidden.state = 'hidden';
      hidden.addRow(['not', 'this']);
      const notes = wb.addWorksheet('คำอธิบาย');
      notes.addRow(['ไม่ใช่ข้อมูล']);
      const ws = wb.addWorksheet('ข้อมูล & ผล <2566>');
      ws.addRow(['แบบฟอร์มนำเข้า "รอบ 6 เดือน"']); // a title row above the header
      ws.addRow([]);
      ws.addRow(thaiHeaders);
      ws.addRow([2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, 449.21, ' หมายเหตุ & <ข้อความ> ']);
      ws.addRow([2566, 6, { richText: [{ text: 'อ่าง', font: { bold: true } }, { text: 'ทอง' }] }, 'ECO-05', null, 1, 2, 3, { formula: 'A4*2', result: 5332 }, true]);
      ws.addRow([2566, 6, 'TH-15', 'SOC-01', { formula: 'CONCAT("a","b")', result: 'ab' }, 1e-7, -0.5, 12345678.9, { error: '#N/A' }, new Date(Date.UTC(2023, 2, 31))]);
      ws.getCell('J6').numFmt = 'd/m/yyyy';
      ws.getCell('K6').value = 'extra column';
      ws.getRow(9).getCell(2).value = 'after a gap';
      ws.getRow(10).getCell(1).value = { formula: 'B1' } as ExcelJS.CellFormulaValue; // no cached result
    });
    const { fast, slow } = await both(bytes);
    expect(fast).not.toBe(FALLBACK);
    expect(fast).toEqual(slow);
    expect((fast as { sheet: string }).sheet).toBe('ข้อมูล & ผล <2566>');
  });

  it('leaves a workbook it cannot walk to exceljs', async () => {
    const limits = readLimits({});
    expect(await readXlsxFast(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), limits, 9)).toBe(FALLBACK);
  });

  it('stops at the row limit', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('ข้อมูล');
      ws.addRow(thaiHeaders);
      for (let i = 0; i < 30; i++) ws.addRow([2566, 6, 'อ่างทอง', 'ECO-05', '', 1, 2, 3, i, '']);
    });
    await expect(readXlsxFast(bytes, { ...readLimits({}), maxRows: 5 }, 9)).rejects.toMatchObject({ limit: { code: 'TOO_MANY_ROWS' } });
  });
});
