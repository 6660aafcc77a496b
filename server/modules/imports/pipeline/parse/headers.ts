/**
 * Map the header row of an import sheet to column indexes. Provinces type headers in Thai,
 * English, both (the template writes 'ปีงบประมาณ (fiscal_year)' or two lines in one cell), or an
 * older spelling from `headerAliases`; all of them must land on the same column key.
 */
import { headerAliases, importColumns, type ImportColumnKey } from '../../../../../shared/import-format';
import { columnLetter, quote, type ParseError } from './errors';
import { compactKey } from './text';

export type HeaderError = ParseError & { column?: ImportColumnKey; indexes?: number[] };

export type HeaderMapping =
  | { ok: true; columns: Partial<Record<ImportColumnKey, number>>; ignored: string[] }
  | { ok: false; errors: HeaderError[]; columns: Partial<Record<ImportColumnKey, number>>; ignored: string[] };

/**
 * Header key: compactKey (NFC, lowercase, no spaces/underscores/hyphens) plus a trailing '*' or
 * ':' dropped, since templates mark required columns with '*' and people copy labels with ':'.
 */
function headerKey(s: string): string {
  return compactKey(s).replace(/[*:：]+$/u, '').replace(/^[*]+/, '');
}

const LOOKUP: ReadonlyMap<string, ImportColumnKey> = (() => {
  const map = new Map<string, ImportColumnKey>();
  for (const col of importColumns) {
    for (const name of [col.key, col.en, col.th, ...headerAliases[col.key]]) {
      const k = headerKey(name);
      const prev = map.get(k);
      // Two columns sharing a spelling would make the mapping depend on order; fail loudly at load.
      if (prev && prev !== col.key) throw new Error(`header spelling "${name}" is used by ${prev} and ${col.key}`);
      map.set(k, col.key);
    }
  }
  return map;
})();

/**
 * The parts of a header cell worth trying: the whole cell; the pieces between line breaks,
 * brackets, '/' and '|'; and Thai and Latin runs, for 'ปีงบประมาณ fiscal_year'.
 */
function headerParts(cell: string): string[] {
  const parts = [cell, ...cell.split(/[\r\n()[\]{}|/]+/)];
  for (const m of cell.matchAll(/[\u0E00-\u0E7F][\u0E00-\u0E7F\s.]*|[A-Za-z][A-Za-z\s_.]*/g)) parts.push(m[0]);
  return parts;
}

/** The column key a header cell names, 'ambiguous' if its parts name different columns, or null. */
function matchHeader(cell: string): ImportColumnKey | 'ambiguous' | null {
  const whole = LOOKUP.get(headerKey(cell));
  if (whole) return whole; // 'round (months)' or 'หมายเหตุ/คำอธิบาย' are aliases as a whole
  const found = new Set<ImportColumnKey>();
  for (const part of headerParts(cell)) {
    const key = LOOKUP.get(headerKey(part));
    if (key) found.add(key);
  }
  if (found.size > 1) return 'ambiguous';
  return found.values().next().value ?? null;
}

function label(key: ImportColumnKey): { th: string; en: string } {
  const col = importColumns.find((c) => c.key === key)!;
  return { th: col.th, en: col.en };
}

/**
 * Map header cells to column indexes (0-based). Unknown non-empty headers are returned in
 * `ignored` (extra columns are allowed); a missing required column, the same column twice, or a
 * cell naming two columns at once is an error. `columns` is filled even on failure, so a caller
 * can still show what was recognised.
 *
 * @example
 * mapHeaders(['ปีงบประมาณ (fiscal_year)', 'รอบ', 'Province', 'kpi', 'ผล', 'ผู้กรอก'])
 * // { ok: true, columns: { fiscalYear: 0, round: 1, province: 2, indicator: 3, result: 4 }, ignored: ['ผู้กรอก'] }
 */
export function mapHeaders(headerRow: readonly (string | null | undefined)[]): HeaderMapping {
  const columns: Partial<Record<ImportColumnKey, number>> = {};
  const seen = new Map<ImportColumnKey, number[]>();
  const ignored: string[] = [];
  const errors: HeaderError[] = [];

  headerRow.forEach((raw, index) => {
    const cell = String(raw ?? '');
    if (headerKey(cell) === '') return; // blank trailing columns are common in Excel exports
    const key = matchHeader(cell);
    if (key === 'ambiguous') {
      errors.push({
        code: 'HEADER_AMBIGUOUS',
        th: `หัวคอลัมน์ ${columnLetter(index)} ${quote(cell)} ระบุได้มากกว่าหนึ่งคอลัมน์ กรุณาแก้ไขให้เหลือชื่อคอลัมน์เดียว`,
        en: `Header ${columnLetter(index)} ${quote(cell)} names more than one column. Please keep a single column name.`,
        indexes: [index],
      });
    } else if (key === null) {
      ignored.push(cell.replace(/\s+/g, ' ').trim());
    } else {
      seen.set(key, [...(seen.get(key) ?? []), index]);
      columns[key] ??= index;
    }
  });

  for (const [key, indexes] of seen) {
    if (indexes.length < 2) continue;
    const { th, en } = label(key);
    const letters = indexes.map(columnLetter);
    errors.push({
      code: 'HEADER_DUPLICATE',
      th: `คอลัมน์ "${th}" (${en}) ซ้ำกัน ${indexes.length} ครั้ง ที่คอลัมน์ ${letters.join(', ')} กรุณาเหลือไว้เพียงคอลัมน์เดียว`,
      en: `Column "${en}" (${th}) appears ${indexes.length} times, in columns ${letters.join(', ')}. Please keep only one.`,
      column: key,
      indexes,
    });
  }
  for (const col of importColumns) {
    if (!col.required || seen.has(col.key)) continue;
    errors.push({
      code: 'HEADER_MISSING',
      th: `ไม่พบคอลัมน์ "${col.th}" (${col.en}) ซึ่งจำเป็นต้องมี กรุณาเพิ่มคอลัมน์นี้ในแถวหัวตาราง`,
      en: `Required column "${col.en}" (${col.th}) is missing. Please add it to the header row.`,
      column: col.key,
    });
  }
  return errors.length > 0 ? { ok: false, errors, columns, ignored } : { ok: true, columns, ignored };
}
