/**
 * Turns uploaded bytes into a table of cells, whatever the format: .xlsx through exceljs, CSV in UTF-8
 * (with or without BOM) or Windows-874. Anything else is a clear, bilingual rejection.
 */
import type ExcelJS from 'exceljs';
import { importColumns } from '../../../shared/import-format';
import { decodeText } from './parse/decode';
import { parseCsv } from './parse/csv';
import { mapHeaders } from './parse/headers';

export type Cell = string | number | null;

export interface SheetTable {
  format: 'xlsx' | 'csv';
  encoding: string | null;
  sheet: string | null;
  /** rows[0] is the header row; row i is the user's row i + 1 + headerOffset. */
  rows: Cell[][];
  /** 0-based index of the header row within the sheet, so reported row numbers match the user's view. */
  headerRowIndex: number;
}

export interface ReadError {
  code: 'NOT_A_SPREADSHEET' | 'LEGACY_XLS' | 'EMPTY_FILE' | 'XLSX_UNREADABLE' | 'CSV_UNREADABLE' | 'NO_DATA_SHEET';
  th: string;
  en: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * @example
 * const table = await readSpreadsheet(bytes); // { ok: true, table } or { ok: false, error }
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<{ ok: true; table: SheetTable } | { ok: false; error: ReadError }> {
  if (bytes.length === 0) {
    return { ok: false, error: { code: 'EMPTY_FILE', th: 'ไฟล์ว่างเปล่า ไม่มีข้อมูล', en: 'The file is empty.' } };
  }
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(bytes);
  if (startsWith(bytes, OLE_MAGIC)) {
    return {
      ok: false,
      error: {
        code: 'LEGACY_XLS',
        th: 'ไฟล์นี้เป็น Excel รุ่นเก่า (.xls) กรุณาบันทึกเป็น .xlsx หรือ CSV แล้วนำเข้าใหม่',
        en: 'This is a legacy Excel file (.xls). Save it as .xlsx or CSV and import again.',
      },
    };
  }
  if (looksBinary(bytes)) return { ok: false, error: notASpreadsheet };
  const decoded = decodeText(bytes);
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) {
    return { ok: false, error: { code: 'CSV_UNREADABLE', th: parsed.error.th, en: parsed.error.en } };
  }
  if (parsed.rows.length === 0) return { ok: false, error: notASpreadsheet };
  return { ok: true, table: { format: 'csv', encoding: decoded.encoding, sheet: null, rows: parsed.rows, headerRowIndex: 0 } };
}

const notASpreadsheet: ReadError = {
  code: 'NOT_A_SPREADSHEET',
  th: 'ไฟล์นี้ไม่ใช่ตารางข้อมูล กรุณาใช้ไฟล์ .xlsx หรือ .csv ตามแบบฟอร์มนำเข้า',
  en: 'This file is not a spreadsheet. Use an .xlsx or .csv file in the import template format.',
};

/** NUL bytes or many control characters mean a binary file (a PDF, an image), not CSV text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  // UTF-16 text has NULs by design; decodeText handles it when it carries a BOM.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0 && !utf16) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > n / 20;
}

async function readXlsx(bytes: Uint8Array): Promise<{ ok: true; table: SheetTable } | { ok: false; error: ReadError }> {
  // Loaded on first use: exceljs is most of the CLI's start-up, and a CSV import never needs it.
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  try {
    // exceljs's typings want its own Buffer type; a Node Buffer view over the same memory is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return {
      ok: false,
      error: {
        code: 'XLSX_UNREADABLE',
        th: 'เปิดไฟล์ Excel ไม่ได้ ไฟล์อาจเสียหายหรือไม่ใช่ไฟล์ .xlsx',
        en: 'The Excel file could not be opened; it may be damaged or not an .xlsx file.',
      },
    };
  }
  // The data sheet is the first one whose first non-empty rows hold the import headers (the template
  // also carries an instructions sheet and a hidden lists sheet).
  for (const ws of workbook.worksheets) {
    if (ws.state !== 'visible') continue;
    const rows = sheetRows(ws);
    const headerRowIndex = rows.findIndex((r, i) => i < 10 && mapHeaders(r.map((c) => (c == null ? '' : String(c)))).ok);
    if (headerRowIndex >= 0) {
      return { ok: true, table: { format: 'xlsx', encoding: null, sheet: ws.name, rows: rows.slice(headerRowIndex), headerRowIndex } };
    }
  }
  // No sheet has a recognisable header: report the first visible sheet's header problems later.
  const first = workbook.worksheets.find((w) => w.state === 'visible');
  if (!first) return { ok: false, error: { code: 'NO_DATA_SHEET', th: 'ไม่พบแผ่นงานที่มีข้อมูล', en: 'No visible worksheet with data.' } };
  return { ok: true, table: { format: 'xlsx', encoding: null, sheet: first.name, rows: sheetRows(first), headerRowIndex: 0 } };
}

function sheetRows(ws: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, importColumns.length); c++) cells.push(cellValue(row.getCell(c).value));
    rows[rowNumber - 1] = cells;
  });
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
