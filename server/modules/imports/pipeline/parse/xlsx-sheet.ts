/**
 * What both .xlsx readers (xlsx-fast.ts, xlsx-stream.ts) share: the cell type and the choice of the
 * data sheet. Kept apart from xlsx-stream.ts so that the fast reader does not load exceljs.
 */
import { mapHeaders } from './headers';

export type Cell = string | number | null;

export interface StreamedSheet {
  sheet: string;
  rows: Cell[][];
  headerRowIndex: number;
}

/** The header must be within this many rows of the top (a title row or two above it is common). */
export const HEADER_SEARCH_ROWS = 10;

const isHeader = (r: Cell[]) => mapHeaders(r.map((c) => (c == null ? '' : String(c)))).ok;

/** The index of the header row among the first rows, or -1. */
export const headerRowOf = (rows: Cell[][]) => rows.findIndex((r, i) => i < HEADER_SEARCH_ROWS && isHeader(r));

/**
 * The first visible sheet whose first rows hold the import headers, else the first visible sheet
 * (its header problems are reported later), else null. `rows` is called only for sheets looked at.
 */
export function findDataSheet(sheets: { name: string; rows: () => Cell[][] }[]): StreamedSheet | null {
  let fallback: StreamedSheet | null = null;
  for (const s of sheets) {
    const rows = s.rows();
    const headerRowIndex = headerRowOf(rows);
    if (headerRowIndex >= 0) return { sheet: s.name, rows: rows.slice(headerRowIndex), headerRowIndex };
    fallback ??= { sheet: s.name, rows, headerRowIndex: 0 };
  }
  return fallback;
}
