/**
 * A sheet handed to validation one row at a time (issue 10). Parsing a 100,000-row CSV whole and then
 * validating it kept every parsed cell alive through all the young-generation collections of the
 * validation, and each collection copied them: the collector was the largest single cost of an import.
 * Read row by row, a row's cells die young (cheap to collect) and only the checked row is kept.
 *
 * The file is still judged whole: a problem found after the first rows (a limit crossed, an unclosed
 * quote, nothing but blank rows) is kept, reading stops, and `finish()` returns it, so the import
 * refuses the file exactly as it did when the file was read before validation.
 */
import { LimitExceeded, type LimitError, type ReadLimits } from './limits';
import { CsvRecords, isBlankRecord } from './parse/csv';
import type { Cell } from './parse/xlsx-sheet';

/** Why a file cannot be read as a spreadsheet at all, in Thai and English (read.ts and this file). */
export interface ReadError {
  code: 'NOT_A_SPREADSHEET' | 'LEGACY_XLS' | 'EMPTY_FILE' | 'XLSX_UNREADABLE' | 'CSV_UNREADABLE' | 'NO_DATA_SHEET' | LimitError['code'];
  th: string;
  en: string;
}

export interface SheetRows {
  format: 'xlsx' | 'csv';
  encoding: string | null;
  sheet: string | null;
  /** 0-based index of the header row within the sheet, so reported row numbers match the user's view. */
  headerRowIndex: number;
  /** The header row first, then each row in order; null at the end, or where reading stopped. */
  next(): Cell[] | null;
  /** Reads whatever is left and returns why the file is refused, or null when it reads to the end. */
  finish(): ReadError | null;
  /** Rows read after the header, up to the last one that is not blank (the progress bar's count). */
  rowsRead(): number;
}

/** A table already read whole (.xlsx), handed out row by row. */
export function tableRows(table: { format: 'xlsx' | 'csv'; encoding: string | null; sheet: string | null; rows: Cell[][]; headerRowIndex: number }): SheetRows {
  let at = 0;
  return {
    format: table.format,
    encoding: table.encoding,
    sheet: table.sheet,
    headerRowIndex: table.headerRowIndex,
    next: () => (at < table.rows.length ? table.rows[at++]! : null),
    finish: () => null,
    rowsRead: () => Math.max(0, table.rows.length - 1),
  };
}

/**
 * CSV text parsed as it is asked for. `empty` is the refusal for a file with no cell filled at all
 * (read.ts's NOT_A_SPREADSHEET, as readSpreadsheet returns for it).
 */
export function csvRows(text: string, encoding: string, limits: ReadLimits, empty: ReadError): SheetRows {
  const records = new CsvRecords(text, limits);
  let problem: ReadError | null = null;
  /** Records up to and including the last one with a cell filled (the header counts as the first). */
  let filled = 0;
  const next = (): string[] | null => {
    if (problem) return null;
    let row: string[] | null;
    try {
      row = records.next();
    } catch (e) {
      if (!(e instanceof LimitExceeded)) throw e;
      problem = e.limit;
      return null;
    }
    if (row === null) {
      if (records.error) problem = { code: 'CSV_UNREADABLE', th: records.error.th, en: records.error.en };
      return null;
    }
    if (!isBlankRecord(row)) filled = records.count;
    return row;
  };
  return {
    format: 'csv',
    encoding,
    sheet: null,
    headerRowIndex: 0,
    next,
    finish: () => {
      while (next() !== null); // the rest of the file is read (and its limits checked) even if validation stopped early
      return problem ?? (filled === 0 ? empty : null);
    },
    rowsRead: () => Math.max(0, filled - 1),
  };
}
