/**
 * A table as a file: CSV (UTF-8 with a BOM, so Thai Excel reads the Thai) and .xlsx (built with exceljs,
 * loaded only when a file is asked for: it is several hundred kB). Used by the client's table downloads
 * (each table builds one `ExportTable` from the rows and labels it renders) and by the server's audit
 * export, so both escape formulas and quote fields the same way.
 */

import { excelNumberFormat } from './format/values';

/**
 * An indicator's value: kept a number (so the spreadsheet can sum it) and shown with the catalog's
 * decimals: the .xlsx cell gets the number format (#,##0.00), the CSV field the fixed places.
 */
export interface ValueCell {
  value: number;
  decimals: number;
}

/** A cell: text as shown, a number kept as a number, an indicator's value with its decimals, or empty. */
export type ExportCell = string | number | ValueCell | null;

/**
 * An indicator's value for a table file.
 *
 * @example
 * valueCell(1504.1, { decimals: 2 }) // { value: 1504.1, decimals: 2 } → "1504.10" in CSV, 1,504.10 in Excel
 */
export function valueCell(value: number, format: { decimals: number }): ValueCell {
  return { value, decimals: format.decimals };
}

const isValueCell = (c: ExportCell): c is ValueCell => typeof c === 'object' && c !== null;

export interface ExportTable {
  /** File name without extension, e.g. "ตัวชี้วัด-ECO-05-2566-6". */
  name: string;
  columns: string[];
  rows: ExportCell[][];
}

/**
 * Text that a spreadsheet would read as a formula (= + - @, and tab / carriage return, which some
 * programs strip before looking) gets a leading apostrophe: a province or observation typed as
 * "=HYPERLINK(...)" must stay text (CSV injection, OWASP).
 */
export function escapeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
function csvField(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  // No grouping commas: the field stays one unquoted number a spreadsheet reads back as a number.
  if (isValueCell(cell)) return Number.isFinite(cell.value) ? cell.value.toFixed(Math.max(0, Math.min(4, cell.decimals))) : '';
  const text = escapeCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const BOM = '\uFEFF';

/** The CSV text: BOM, header row, one line per row, CRLF line ends (what Excel writes and expects). */
export function toCsv(table: Pick<ExportTable, 'columns' | 'rows'>): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** The CSV file's bytes (UTF-8; TextEncoder keeps the BOM as EF BB BF). */
export function csvBytes(table: Pick<ExportTable, 'columns' | 'rows'>): Uint8Array {
  return new TextEncoder().encode(toCsv(table));
}

/** The .xlsx file's bytes: one sheet, a bold header row frozen at the top, column widths from the text. */
export async function xlsxBytes(table: ExportTable): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  // Sheet names: at most 31 characters and none of : \ / ? * [ ].
  const sheet = book.addWorksheet(table.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row.map((c) => (typeof c === 'string' ? escapeCell(c) : isValueCell(c) ? c.value : c)));
    row.forEach((c, i) => {
      if (isValueCell(c)) added.getCell(i + 1).numFmt = excelNumberFormat(c);
    });
  }
  sheet.columns.forEach((col, i) => {
    const shown = (c: ExportCell) => (isValueCell(c) ? c.value.toFixed(c.decimals) : String(c ?? ''));
    const longest = Math.max(String(table.columns[i] ?? '').length, ...table.rows.map((r) => shown(r[i] ?? null).length));
    col.width = Math.min(60, Math.max(8, longest + 2));
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
