/**
 * The shape of every problem a user can cause while importing: data, never an exception, with a
 * message in formal Thai (what provincial staff read) and English (for the team and OPDC).
 */

export interface ParseError {
  /** Stable machine code, e.g. 'EMPTY', 'PROVINCE_UNKNOWN'; the UI and tests switch on it. */
  code: string;
  th: string;
  en: string;
}

/** Result of one cell parser. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; error: ParseError };

/**
 * Build a failed CellResult.
 *
 * @example
 * fail('EMPTY', 'ช่องนี้ว่าง', 'The cell is empty.') // { ok: false, error: { code: 'EMPTY', … } }
 */
export function fail<T = never>(code: string, th: string, en: string): CellResult<T> {
  return { ok: false, error: { code, th, en } };
}

/**
 * Quote a user's value for a message, shortened so a pasted paragraph does not flood the error
 * list, with line breaks shown as spaces.
 *
 * @example
 * quote('abc') // '"abc"'
 */
export function quote(raw: unknown): string {
  const s = String(raw).replace(/\s+/g, ' ').trim();
  return `"${s.length > 40 ? `${s.slice(0, 39)}…` : s}"`;
}

/**
 * Spreadsheet column letter for a 0-based index, so messages point where users look.
 *
 * @example
 * columnLetter(0)  // 'A'
 * columnLetter(27) // 'AB'
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
