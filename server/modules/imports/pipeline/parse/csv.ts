/**
 * RFC 4180 CSV reader, written by hand (not a dependency) because it is small, must be fast on
 * 100k-row uploads, and must tolerate what Thai Excel writes: ';' or tab delimiters in some
 * locales, a `sep=` first line, CR-only line ends, stray quotes inside unquoted fields.
 */
import { limitErrors, LimitExceeded, type ReadLimits } from '../limits';
import type { ParseError } from './errors';

export type CsvDelimiter = ',' | ';' | '\t';

export type CsvResult =
  | { ok: true; rows: string[][]; delimiter: CsvDelimiter }
  | { ok: false; error: ParseError & { row: number; line: number } };

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t'];
/** Cells this short are shared by text; past this many distinct ones the rest are kept as they come. */
const INTERN_MAX_CHARS = 24;
const INTERN_MAX_STRINGS = 100_000;

/**
 * Parse CSV text into rows of raw strings (no trimming, no type conversion). The delimiter is the
 * most frequent of ',', ';', tab in the first record outside quotes (',' when tied or absent), or
 * the one named by an Excel `sep=;` first line, which is then skipped. Trailing rows whose fields
 * are all empty are dropped (Excel writes `,,,` for formatted blank rows); blank rows in the
 * middle are kept as `['']` so row numbers still match the spreadsheet. An unterminated quote is
 * returned as an error naming the row (1-based record number, as Excel numbers rows).
 *
 * @example
 * parseCsv('a,"b ""x"", c"\r\n1,2\n')
 * // { ok: true, delimiter: ',', rows: [['a', 'b "x", c'], ['1', '2']] }
 */
export function parseCsv(text: string, limits?: CsvLimits): CsvResult {
  const records = new CsvRecords(text, limits);
  const rows: string[][] = [];
  for (let row = records.next(); row !== null; row = records.next()) rows.push(row);
  if (records.error) return { ok: false, error: records.error };
  while (rows.length > 0 && isBlankRecord(rows[rows.length - 1]!)) rows.pop();
  return { ok: true, rows, delimiter: records.delimiter };
}

type CsvLimits = Pick<ReadLimits, 'maxRows' | 'maxColumns' | 'maxCellChars'>;

export const isBlankRecord = (row: string[]) => row.every((f) => f === '');

/**
 * The same reader one record at a time, so an import validates each row as it is read and keeps only
 * the checked row: a whole parsed table of 100,000 rows lived through every young-generation
 * collection of the validation and was copied by each (the collector was the import's largest cost).
 * `next()` returns null at the end or at an unterminated quote (then `error` says where); a crossed
 * limit throws LimitExceeded, as parseCsv does. Blank records are returned as they come (the caller
 * drops trailing ones).
 */
export class CsvRecords {
  readonly delimiter: CsvDelimiter;
  error: (ParseError & { row: number; line: number }) | null = null;
  /** Records returned so far (the header included). */
  count = 0;
  private i: number;
  private readonly D: number;
  private readonly maxRecords: number;
  private readonly maxColumns: number;
  private readonly maxCell: number;
  private readonly interned = new Map<string, string>();

  constructor(private readonly text: string, limits?: CsvLimits) {
    // Checked as rows complete, so a 450 k-row file stops at the limit instead of being held whole.
    // The +1 is the header row.
    this.maxRecords = limits ? limits.maxRows + 1 : Infinity;
    this.maxColumns = limits?.maxColumns ?? Infinity;
    this.maxCell = limits?.maxCellChars ?? Infinity;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const sep = /^sep=([,;\t])[ \t]*(\r\n|\n|\r|$)/.exec(text.slice(i, i + 8));
    if (sep) {
      this.delimiter = sep[1] as CsvDelimiter;
      i += sep[0].length;
    } else {
      this.delimiter = detectDelimiter(text, i);
    }
    this.i = i;
    this.D = this.delimiter.charCodeAt(0);
  }

  next(): string[] | null {
    const { text, D, maxCell, interned } = this;
    const n = text.length;
    let i = this.i;
    if (i >= n || this.error) return null;
    const row: string[] = [];
    while (i < n) {
      // At the start of a field.
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const openedAt = i;
        value = '';
        let segStart = i + 1;
        for (;;) {
          // indexOf jumps over long quoted text far faster than a per-character loop.
          const q = text.indexOf('"', segStart);
          if (q === -1) {
            this.error = unterminated(text, openedAt, this.count + 1);
            return null;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(segStart, q + 1); // keep one of the doubled quotes
            segStart = q + 2;
            continue;
          }
          value += text.slice(segStart, q);
          i = q + 1;
          break;
        }
        // Not RFC 4180, but Excel users produce `"a"b`: keep the trailing text rather than fail.
        const tail = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === D || c === LF || c === CR) break;
          i++;
        }
        if (i > tail) value += text.slice(tail, i);
      } else {
        const start = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === D || c === LF || c === CR) break;
          i++;
        }
        value = text.slice(start, i);
        // Short cells repeat on most rows (year, round, province, indicator, targets, results): keep one
        // string per distinct text, so a 100,000-row table holds a few thousand strings, not a million,
        // and the garbage collector copies far less (it was about a third of the import's time; the bench's
        // 100 k-row CSV held 31 MB as parsed cells, 11 MB interned).
        if (value.length <= INTERN_MAX_CHARS) {
          const same = interned.get(value);
          if (same !== undefined) value = same;
          else if (interned.size < INTERN_MAX_STRINGS) interned.set(value, value);
        }
      }
      if (value.length > maxCell) throw new LimitExceeded(limitErrors.cell(maxCell, this.count + 1));
      row.push(value);
      if (row.length > this.maxColumns) throw new LimitExceeded(limitErrors.columns(this.maxColumns, this.count + 1));

      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === D) {
        i++;
        if (i >= n) row.push(''); // 'a,' ends with an empty last field
        continue;
      }
      // A line end: the record is complete.
      this.i = i + (c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1);
      if (++this.count > this.maxRecords) throw new LimitExceeded(limitErrors.rows(this.maxRecords - 1));
      return row;
    }
    // The text ends without a line end: past the limit only a blank last record is let through.
    this.i = n;
    if (++this.count > this.maxRecords && !isBlankRecord(row)) throw new LimitExceeded(limitErrors.rows(this.maxRecords - 1));
    return row;
  }
}

/** Count candidate delimiters in the first record, outside quotes. */
function detectDelimiter(text: string, start: number): CsvDelimiter {
  const counts = [0, 0, 0];
  let inQuotes = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes; // a doubled quote toggles twice: no net change
    else if (!inQuotes) {
      if (c === LF || c === CR) break;
      if (c === 0x2c) counts[0]!++;
      else if (c === 0x3b) counts[1]!++;
      else if (c === 0x09) counts[2]!++;
    }
  }
  let best = 0;
  for (let k = 1; k < 3; k++) if (counts[k]! > counts[best]!) best = k;
  return CANDIDATES[best]!;
}

function unterminated(text: string, openedAt: number, row: number): ParseError & { row: number; line: number } {
  // Physical line of the opening quote, for editors that show line numbers rather than rows.
  let line = 1;
  for (let k = 0; k < openedAt; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) line++;
  }
  return {
    code: 'CSV_UNTERMINATED_QUOTE',
    th: `แถวที่ ${row} มีเครื่องหมายอัญประกาศ (") เปิดไว้แต่ไม่มีเครื่องหมายปิด กรุณาตรวจสอบข้อมูลในแถวดังกล่าว (บรรทัดที่ ${line})`,
    en: `Row ${row}: a quoted field opened with " is never closed (line ${line}). Please check that row.`,
    row,
    line,
  };
}
