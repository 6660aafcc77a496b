/**
 * Turns uploaded bytes into a table of cells, whatever the format: .xlsx (xlsx-fast.ts, else exceljs), CSV in UTF-8
 * (with or without BOM) or Windows-874. Anything else is a clear, bilingual rejection.
 */
import { LimitExceeded, readLimits, type ReadLimits } from './limits';
import { decodeText } from './parse/decode';
import { csvRows, tableRows, type ReadError, type SheetRows } from './sheet-rows';
import type { Cell, StreamedSheet } from './parse/xlsx-sheet';
import { FALLBACK, readXlsxFast } from './parse/xlsx-fast';
import { importColumns } from '../../../../shared/import-format';

export type { Cell, ReadError, SheetRows };

export interface SheetTable {
  format: 'xlsx' | 'csv';
  encoding: string | null;
  sheet: string | null;
  /** rows[0] is the header row; row i is the user's row i + 1 + headerOffset. */
  rows: Cell[][];
  /** 0-based index of the header row within the sheet, so reported row numbers match the user's view. */
  headerRowIndex: number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
/** PDF, PNG, JPEG, GIF, gzip, RTF: documents people pick by mistake instead of the sheet. */
const OTHER_FORMATS = [
  [0x25, 0x50, 0x44, 0x46],
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x1f, 0x8b],
  [0x7b, 0x5c, 0x72, 0x74, 0x66],
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * The file read whole into a table (the benches, the tests, the demo's preview): the rows
 * openSpreadsheet hands out, collected, refused for the same reasons, trailing blank rows dropped.
 * @example
 * const table = await readSpreadsheet(bytes); // { ok: true, table } or { ok: false, error }
 */
export async function readSpreadsheet(bytes: Uint8Array, limits: ReadLimits = readLimits()): Promise<{ ok: true; table: SheetTable } | { ok: false; error: ReadError }> {
  if (sniff(bytes) === 'xlsx') return readXlsx(bytes, limits);
  const opened = await openSpreadsheet(bytes, limits);
  if (!opened.ok) return opened;
  const { sheet } = opened;
  const rows: Cell[][] = [];
  for (let row = sheet.next(); row !== null; row = sheet.next()) rows.push(row);
  const problem = sheet.finish();
  if (problem) return { ok: false, error: problem };
  rows.length = sheet.rowsRead() + 1; // up to the last row with a cell filled
  return { ok: true, table: { format: sheet.format, encoding: sheet.encoding, sheet: sheet.sheet, rows, headerRowIndex: sheet.headerRowIndex } };
}

/**
 * The import's way in: the same file read as readSpreadsheet reads it, but a CSV row by row while it is
 * validated (sheet-rows.ts says why). A problem found late in the file (a limit, an unclosed quote, no data
 * at all) is returned by the sheet's `finish()`, and then the file is refused as readSpreadsheet refuses it.
 * .xlsx files are read whole first (their readers build the rows), then handed out one by one.
 */
export async function openSpreadsheet(bytes: Uint8Array, limits: ReadLimits = readLimits()): Promise<{ ok: true; sheet: SheetRows } | { ok: false; error: ReadError }> {
  const kind = sniff(bytes);
  if (kind === 'xlsx') {
    const read = await readXlsx(bytes, limits);
    return read.ok ? { ok: true, sheet: tableRows(read.table) } : read;
  }
  if (kind !== 'csv') return { ok: false, error: kind };
  const decoded = decodeText(bytes);
  return { ok: true, sheet: csvRows(decoded.text, decoded.encoding, limits, notASpreadsheet) };
}

/** 'xlsx', 'csv' (text to decode), or why the bytes are no spreadsheet at all. */
function sniff(bytes: Uint8Array): 'xlsx' | 'csv' | ReadError {
  if (bytes.length === 0) {
    return { code: 'EMPTY_FILE', th: 'ไฟล์ว่างเปล่า ไม่มีข้อมูล', en: 'The file is empty.' };
  }
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC)) {
    return {
      code: 'LEGACY_XLS',
      th: 'ไฟล์นี้เป็น Excel รุ่นเก่า (.xls) กรุณาบันทึกเป็น .xlsx หรือ CSV แล้วนำเข้าใหม่',
      en: 'This is a legacy Excel file (.xls). Save it as .xlsx or CSV and import again.',
    };
  }
  // A PDF's first 4 KB can be plain text (header, dictionaries), so known formats go by signature.
  if (OTHER_FORMATS.some((m) => startsWith(bytes, m)) || looksBinary(bytes)) return notASpreadsheet;
  return 'csv';
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
  // UTF-16 text is judged by its BOM alone: Thai letters U+0E01–U+0E5B put the byte 0x0E in every
  // other position, which the control-character count below would call binary (issue 9).
  if (utf16) return false;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > n / 20;
}

async function readXlsx(bytes: Uint8Array, limits: ReadLimits): Promise<{ ok: true; table: SheetTable } | { ok: false; error: ReadError }> {
  let sheet: StreamedSheet | null;
  try {
    // Ordinary files are read directly (xlsx-fast.ts); exceljs, loaded only then, takes the rest.
    const fast = await readXlsxFast(bytes, limits, importColumns.length);
    if (fast === FALLBACK) {
      const { readXlsxStream } = await import('./parse/xlsx-stream');
      sheet = await readXlsxStream(bytes, limits, true);
    } else sheet = fast;
  } catch (e) {
    if (e instanceof LimitExceeded) return { ok: false, error: e.limit };
    return {
      ok: false,
      error: {
        code: 'XLSX_UNREADABLE',
        th: 'เปิดไฟล์ Excel ไม่ได้ ไฟล์อาจเสียหายหรือไม่ใช่ไฟล์ .xlsx',
        en: 'The Excel file could not be opened; it may be damaged or not an .xlsx file.',
      },
    };
  }
  if (!sheet) return { ok: false, error: { code: 'NO_DATA_SHEET', th: 'ไม่พบแผ่นงานที่มีข้อมูล', en: 'No visible worksheet with data.' } };
  return { ok: true, table: { format: 'xlsx', encoding: null, ...sheet } };
}
