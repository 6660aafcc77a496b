/**
 * The bounds every upload is read within, checked while reading so that no file under the upload
 * size limit can make the server hold more than a few hundred MB or parse for minutes (issue 9:
 * a 9.8 MB .xlsx of 2 M tiny rows ran Node out of heap; a 1 MB zip of blank space inflated to GBs).
 */
import { processConfig } from '../../../platform/config';

export interface ReadLimits {
  /** Data rows after the header; a real round is ~1,500 (77 provinces × ~20 indicators). */
  maxRows: number;
  /** Columns in any row; the template has 9, people add a few notes columns. */
  maxColumns: number;
  /** Characters in one cell; the longest real field is a note of a few hundred characters. */
  maxCellChars: number;
  /** Total bytes after inflating every zip entry (a 200 k-row sheet is ~100 MB of XML). */
  maxInflatedBytes: number;
  /** Inflated ÷ compressed for any entry over 1 MB; sheet XML compresses ~10–30×, blank space ~1000×. */
  maxCompressionRatio: number;
}

/** Problems reported per import: enough to fix a file, small enough to send (50 k errors were 28 MB). */
export const MAX_REPORTED_ISSUES = 1000;

/**
 * The row bound is configuration (KPI_IMPORT_MAX_ROWS, read once in server/platform/config.ts); the
 * others are fixed. `maxRows` overrides the configured bound.
 */
export function readLimits(overrides: { maxRows?: number } = {}): ReadLimits {
  return {
    maxRows: overrides.maxRows ?? processConfig().importMaxRows,
    maxColumns: 100,
    maxCellChars: 10_000,
    maxInflatedBytes: 256 * 1024 * 1024,
    maxCompressionRatio: 200,
  };
}

/** A limit crossed while reading: the upload is refused as too large (413) with its reason. */
export interface LimitError {
  code: 'TOO_MANY_ROWS' | 'TOO_MANY_COLUMNS' | 'CELL_TOO_LONG' | 'INFLATED_TOO_LARGE' | 'COMPRESSION_RATIO';
  th: string;
  en: string;
}

const n = (x: number) => x.toLocaleString('en-US');

export const limitErrors = {
  rows: (max: number): LimitError => ({
    code: 'TOO_MANY_ROWS',
    th: `ไฟล์มีข้อมูลเกิน ${n(max)} แถว ซึ่งเป็นจำนวนสูงสุดที่นำเข้าได้ในครั้งเดียว กรุณาแบ่งไฟล์แล้วนำเข้าทีละส่วน`,
    en: `The file has more than ${n(max)} data rows, the most one import accepts. Split it and import each part.`,
  }),
  columns: (max: number, row: number): LimitError => ({
    code: 'TOO_MANY_COLUMNS',
    th: `แถวที่ ${row} มีเกิน ${n(max)} คอลัมน์ ไฟล์นี้ไม่ใช่แบบฟอร์มนำเข้า`,
    en: `Row ${row} has more than ${n(max)} columns; this is not the import template.`,
  }),
  cell: (max: number, row: number): LimitError => ({
    code: 'CELL_TOO_LONG',
    th: `แถวที่ ${row} มีช่องข้อมูลยาวเกิน ${n(max)} ตัวอักษร`,
    en: `Row ${row} has a cell longer than ${n(max)} characters.`,
  }),
  inflated: (max: number): LimitError => ({
    code: 'INFLATED_TOO_LARGE',
    th: `ไฟล์ Excel เมื่อคลายการบีบอัดมีขนาดเกิน ${n(Math.round(max / 1048576))} MB จึงไม่สามารถนำเข้าได้`,
    en: `The Excel file inflates to more than ${n(Math.round(max / 1048576))} MB, which is refused.`,
  }),
  ratio: (max: number, entry: string): LimitError => ({
    code: 'COMPRESSION_RATIO',
    th: `ส่วนประกอบ "${entry}" ในไฟล์ Excel ถูกบีบอัดมากผิดปกติ (เกิน ${max} เท่า) ไฟล์อาจเป็นอันตราย จึงไม่นำเข้า`,
    en: `The part "${entry}" of the Excel file is compressed more than ${max}×, as a zip bomb is; refused.`,
  }),
};

/** Thrown from deep inside a reader to stop it at the first limit; caught where the file is read (read.ts for .xlsx, sheet-rows.ts for CSV). */
export class LimitExceeded extends Error {
  constructor(readonly limit: LimitError) {
    super(limit.en);
  }
}
