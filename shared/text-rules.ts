/**
 * Text rules for everything people type or paste into the system (import cells, JSON bodies, file
 * names): how long each kind of text may be, and which invisible characters never belong in it.
 * Pure: no I/O, no framework imports (the zod refinements that apply these live in contracts/text.ts).
 *
 * Why these characters: NUL and the other C0/C1 controls break SQLite text comparisons, PDF text
 * layers and log lines; bidi overrides and isolates can make stored text display differently from
 * what it says (a note or name shown reversed, "Trojan Source"); zero-width characters make two
 * equal-looking names different.
 */

/** Longest text of each kind, in characters (after normalisation). */
export const textLimits = {
  /** หมายเหตุ in an import row: a sentence or two, not a document. */
  note: 1000,
  /** องค์ประกอบ: a water source or industrial area's name. */
  component: 200,
  /** An account's display name (ชื่อที่แสดง). */
  displayName: 120,
  /** An uploaded file's display name. */
  fileName: 200,
} as const;

/** C0 controls except tab and line feed, DEL, and the C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Bidi embeddings, overrides, isolates and marks (LRM, RLM, ALM). */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Zero-width space / joiners, word joiner, BOM, soft hyphen. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

const test = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  return re.test(s);
};

/** Controls refused in typed text: all but tab, line feed and carriage return (a textarea's line ends). */
const TYPED_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Which kind of unwanted character a typed text holds, if any (for a refusal message). Multi-line
 * text may hold tab and line ends; `singleLine` text (a name) may not.
 */
export function unwantedCharacter(s: string, { allowZeroWidth = false, singleLine = false } = {}): 'control' | 'bidi' | 'zeroWidth' | null {
  if (test(TYPED_CONTROL, s) || (singleLine && /[\t\r\n]/.test(s))) return 'control';
  if (test(BIDI, s)) return 'bidi';
  if (!allowZeroWidth && test(ZERO_WIDTH, s)) return 'zeroWidth';
  return null;
}

/**
 * Removes controls (tab, line feed and carriage return excepted: callers fold white space as they
 * need), bidi controls and zero-width characters.
 *
 * @example
 * stripInvisible('ผล \u202Eดี\u202C\u0000') // 'ผล ดี'
 */
export function stripInvisible(s: string): string {
  // Fast path: printable ASCII and Thai text without any of these is most input.
  if (!test(CONTROL, s) && !test(BIDI, s) && !test(ZERO_WIDTH, s)) return s;
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '').replace(BIDI, '').replace(ZERO_WIDTH, '');
}

/**
 * Reduces a client-supplied file name to a safe display name: no directories; visible characters
 * of any script (letters, marks, digits, punctuation, symbols) and the plain space only. Controls
 * (CR/LF, NUL), format characters (bidi overrides, zero-width) and other separators become '_', so a
 * stored name can neither split a header or log line nor display reversed ('fdp.xlsx' shown as
 * 'xlsx.pdf').
 *
 * @example
 * safeFileName('C:\\tmp\\a\r\nb.csv') // 'a_b.csv'
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, '_')
    .replace(/_{2,}/g, '_')
    .trim()
    .slice(0, textLimits.fileName);
  return cleaned.replace(/^[._]+$/, '') || 'upload';
}
