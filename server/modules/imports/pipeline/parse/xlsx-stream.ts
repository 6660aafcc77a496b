/**
 * Reads an .xlsx with exceljs's streaming WorkbookReader, one row at a time, so the limits on rows,
 * columns and cell length stop a hostile sheet while it is read instead of after exceljs has built
 * the whole workbook in memory (the 1 M-row sheet that took 3.6 GB). The zip itself is measured
 * first by checkZip, so inflation is bounded before any XML is parsed. Ordinary files are read by
 * xlsx-fast.ts instead; this reader takes what that one leaves (large sheets, parts it cannot find).
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { importColumns } from '../../../../../shared/import-format';
import { limitErrors, LimitExceeded, type ReadLimits } from '../limits';
import { HEADER_SEARCH_ROWS, headerRowOf, type Cell, type StreamedSheet } from './xlsx-sheet';
import { checkZip } from './zip-guard';

export type { Cell, StreamedSheet };

/**
 * The data sheet: the first visible sheet whose first rows hold the import headers, else the first
 * visible sheet (its header problems are reported later), else null. Throws LimitExceeded at the
 * first limit crossed and lets exceljs's own errors through (the caller reports them as unreadable).
 *
 * @example
 * const sheet = await readXlsxStream(bytes, readLimits()); // { sheet: 'ข้อมูล', rows, headerRowIndex }
 */
export async function readXlsxStream(bytes: Uint8Array, limits: ReadLimits, zipChecked = false): Promise<StreamedSheet | null> {
  if (!zipChecked) await checkZip(bytes, limits);
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache', // needed to tell date cells from numbers
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let fallback: StreamedSheet | null = null;
  for await (const ws of reader) {
    const meta = ws as unknown as { name: string; state?: string };
    if (meta.state && meta.state !== 'visible') continue;
    const rows = await sheetRows(ws, limits);
    const headerRowIndex = headerRowOf(rows);
    if (headerRowIndex >= 0) return { sheet: meta.name, rows: rows.slice(headerRowIndex), headerRowIndex };
    fallback ??= { sheet: meta.name, rows, headerRowIndex: 0 };
  }
  return fallback;
}

async function sheetRows(ws: ExcelJS.stream.xlsx.WorksheetReader, limits: ReadLimits): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  // Header row plus the title rows allowed above it, so a full-size file is not refused for them.
  const maxRowNumber = limits.maxRows + HEADER_SEARCH_ROWS;
  for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
    // The row number, not the count: a sheet can name row 1,000,000 directly, and filling the gap
    // below it would allocate as much as the rows themselves.
    if (row.number > maxRowNumber) throw new LimitExceeded(limitErrors.rows(limits.maxRows));
    let last = 0;
    row.eachCell({ includeEmpty: false }, (_cell, col) => (last = Math.max(last, col)));
    if (last > limits.maxColumns) throw new LimitExceeded(limitErrors.columns(limits.maxColumns, row.number));
    const cells: Cell[] = [];
    for (let c = 1; c <= Math.max(last, importColumns.length); c++) {
      const v = cellValue(row.getCell(c).value);
      if (typeof v === 'string' && v.length > limits.maxCellChars) throw new LimitExceeded(limitErrors.cell(limits.maxCellChars, row.number));
      cells.push(v);
    }
    rows[row.number - 1] = cells;
  }
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return rows;
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v == null) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      return r == null || typeof r === 'object' ? null : typeof r === 'boolean' ? String(r) : r;
    }
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}
