/**
 * A direct reader for ordinary .xlsx files: inflates the few parts it needs with node:zlib and scans
 * their XML with regular expressions, giving the same cells as the exceljs reader (xlsx-stream.ts).
 * Why: exceljs was most of a CLI import of a real round — loading it (~0.3 s) and its per-cell SAX
 * events (~0.7 s for the 676-row demo round on a loaded machine); this reads that sheet in a few ms.
 *
 * Only what the import reads is handled: shared, inline and formula strings, numbers, booleans,
 * errors, dates by number format (the same rules and built-in formats as exceljs). Anything else —
 * a part it cannot find, a sheet whose XML is larger than FAST_MAX_SHEET_BYTES (the streaming reader
 * keeps memory bounded there) — returns FALLBACK and the caller uses exceljs.
 */
import { inflateRawSync } from 'node:zlib';
import { limitErrors, LimitExceeded, type ReadLimits } from '../limits';
import { findDataSheet, type Cell, type StreamedSheet } from './xlsx-sheet';
import { checkZip, type ZipEntry } from './zip-guard';
// exceljs's own table of built-in number formats (a plain data module: loading it loads nothing else).
// @ts-expect-error -- a CommonJS data file without type declarations
import exceljsFormats from 'exceljs/lib/xlsx/defaultnumformats.js';

const builtInFormats: Record<string, { f: string } | undefined> = exceljsFormats;

export const FALLBACK = Symbol('use the streaming reader');

/** A real round's sheet is 0.2–2 MB of XML; past this the whole-part string would cost real memory. */
export const FAST_MAX_SHEET_BYTES = 16 * 1024 * 1024;

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** Every start or end tag: 1 '/', 2 namespace prefix, 3 local name, 4 attributes, 5 '/' of a self-closing tag. */
const TAG = /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s[^>]*?)?)(\/?)>/g;

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) out[m[1]!.replace(/^\w+:(?=id$)/, 'r:')] = decode(m[2] ?? m[3] ?? '');
  return out;
}

/** One attribute of a tag's attribute text, without building them all (cells and rows are most tags). */
function attr(text: string, name: string): string | undefined {
  if (/[\t\n\r]|\s=|=\s/.test(text)) return attrs(text)[name]; // not the plain `name="value"` spacing: parse fully
  let i = text.indexOf(` ${name}=`);
  if (i < 0) return undefined;
  i += name.length + 2;
  const quote = text[i];
  const end = text.indexOf(quote!, i + 1);
  return end < 0 ? undefined : decode(text.slice(i + 1, end));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** XML text to a string: character and entity references, CDATA sections. */
function decode(s: string): string {
  if (s.includes('<![CDATA[')) s = s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? all),
  );
}

/** The text runs (`<t>`) of a shared or inline string, without phonetic runs (`<rPh>`), as exceljs joins them. */
function runsText(xml: string): string {
  let text = '';
  const clean = xml.includes('rPh') ? xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '') : xml;
  for (const m of clean.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) text += decode(m[1] ?? '');
  return text;
}

/** exceljs's rule (utils.isDateFmt): date characters outside quotes and brackets. */
function isDateFormat(code: string | undefined): boolean {
  return !!code && /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Which cell styles (`s`) show a date, from the number formats of styles.xml's cellXfs. */
function dateStyles(xml: string | null): Set<number> {
  const dates = new Set<number>();
  if (!xml) return dates;
  const custom = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\s([^>]*?)\/?>/g)) {
    const a = attrs(m[1]!);
    if (a.numFmtId) custom.set(a.numFmtId, a.formatCode ?? '');
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  let i = 0;
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)) {
    const id = attrs(m[1]!).numFmtId;
    const code = id ? (custom.get(id) ?? builtInFormats[id]?.f) : undefined;
    if (id && id !== '0' && isDateFormat(code)) dates.add(i);
    i++;
  }
  return dates;
}

/** Column number (1-based) of a cell reference such as "AB12". */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col;
}

interface Context {
  shared: (string | null)[];
  dates: Set<number>;
  date1904: boolean;
  limits: ReadLimits;
  minColumns: number;
}

function cellValue(t: string | undefined, s: number, v: string | null, inline: string | null, formula: boolean, ctx: Context): Cell {
  if (formula) {
    if (v === null) return null;
    return t === 'str' ? decode(v) : parseFloat(v);
  }
  if (t === 'inlineStr') return inline;
  if (v === null) return null;
  switch (t) {
    case 's':
      return ctx.shared[parseInt(v, 10)] ?? null;
    case 'str':
      return decode(v);
    case 'e':
      return v;
    case 'b':
      return String(parseInt(v, 10) !== 0);
    default: {
      const n = parseFloat(v);
      if (!ctx.dates.has(s)) return n;
      return new Date(Math.round((n - 25569 + (ctx.date1904 ? 1462 : 0)) * 86_400_000)).toISOString().slice(0, 10);
    }
  }
}

/** The rows of one sheet's XML, indexed by row number − 1, each padded like the streaming reader's. */
function sheetRows(xml: string, ctx: Context): Cell[][] {
  const rows: Cell[][] = [];
  const maxRowNumber = ctx.limits.maxRows + 10; // header and the title rows allowed above it
  let row: Cell[] | null = null;
  let rowNumber = 0;
  let next = 1; // a cell without a reference follows the previous one
  let cell: { col: number; t?: string; s: number; v: string | null; inline: string | null; formula: boolean } | null = null;
  const close = (name: string, prefix: string, from: number) => {
    const end = xml.indexOf(`</${prefix}${name}>`, from);
    if (end < 0) throw new Error(`unclosed <${name}>`);
    TAG.lastIndex = end + name.length + prefix.length + 3;
    return xml.slice(from, end);
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [, slash, prefix = '', name, attrText, selfClosing] = m;
    if (slash) {
      if (name === 'c' && row && cell) {
        const value = cellValue(cell.t, cell.s, cell.v, cell.inline, cell.formula, ctx);
        if (typeof value === 'string' && value.length > ctx.limits.maxCellChars) throw new LimitExceeded(limitErrors.cell(ctx.limits.maxCellChars, rowNumber));
        row[cell.col - 1] = value;
        cell = null;
      } else if (name === 'row' && row) {
        finishRow(rows, row, rowNumber, ctx);
        row = null;
      }
      continue;
    }
    if (name === 'row') {
      rowNumber = Number(attr(attrText!, 'r')) || rowNumber + 1;
      if (rowNumber > maxRowNumber) throw new LimitExceeded(limitErrors.rows(ctx.limits.maxRows));
      row = [];
      next = 1;
      if (selfClosing) {
        finishRow(rows, row, rowNumber, ctx);
        row = null;
      }
    } else if (name === 'c' && row) {
      const ref = attr(attrText!, 'r');
      const col = ref ? columnOf(ref) : next;
      if (col > ctx.limits.maxColumns) throw new LimitExceeded(limitErrors.columns(ctx.limits.maxColumns, rowNumber));
      next = col + 1;
      cell = { col, t: attr(attrText!, 't'), s: Number(attr(attrText!, 's') ?? 0), v: null, inline: null, formula: false };
      if (selfClosing) cell = null; // no value: stays null
    } else if (cell && !selfClosing && name === 'v') cell.v = close('v', prefix, TAG.lastIndex);
    else if (cell && name === 'f') {
      cell.formula = true;
      if (!selfClosing) close('f', prefix, TAG.lastIndex);
    } else if (cell && !selfClosing && name === 'is') cell.inline = runsText(close('is', prefix, TAG.lastIndex));
  }
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return rows;
}

function finishRow(rows: Cell[][], row: Cell[], rowNumber: number, ctx: Context) {
  const width = Math.max(row.length, ctx.minColumns);
  for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
  rows[rowNumber - 1] = row;
}

/**
 * The data sheet (same choice as the streaming reader), or FALLBACK. Throws LimitExceeded at the first
 * limit crossed (the zip's sizes are checked first, by checkZip).
 *
 * @example
 * const sheet = await readXlsxFast(bytes, readLimits(), 9); // { sheet, rows, headerRowIndex } | null | FALLBACK
 */
export async function readXlsxFast(bytes: Uint8Array, limits: ReadLimits, minColumns: number): Promise<StreamedSheet | null | typeof FALLBACK> {
  const checked = await checkZip(bytes, limits);
  if (!checked) return FALLBACK;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const byName = new Map(checked.map((e) => [e.name.replace(/^\//, ''), e]));
  const part = (name: string): string | null => {
    const e = byName.get(name);
    return e ? inflate(buf, e).toString('utf8') : null;
  };
  try {
    const workbook = part('xl/workbook.xml');
    const rels = part('xl/_rels/workbook.xml.rels');
    if (!workbook || !rels) return FALLBACK;
    const targets = new Map<string, string>();
    for (const m of rels.matchAll(/<(?:\w+:)?Relationship\s([^>]*?)\/?>/g)) {
      const a = attrs(m[1]!);
      if (a.Id && a.Target) targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
    }
    const sharedXml = part('xl/sharedStrings.xml');
    const ctx: Context = {
      // An empty shared string is no value at all, as exceljs reads it.
      shared: sharedXml ? [...sharedXml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => runsText(m[1] ?? '') || null) : [],
      dates: dateStyles(part('xl/styles.xml')),
      date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbook),
      limits,
      minColumns,
    };
    const sheets: { name: string; path: string }[] = [];
    for (const m of workbook.matchAll(/<(?:\w+:)?sheet\s([^>]*?)\/?>/g)) {
      const a = attrs(m[1]!);
      const path = targets.get(a['r:id'] ?? '');
      if (!path || !byName.has(path)) return FALLBACK;
      if (a.state && a.state !== 'visible') continue;
      if (byName.get(path)!.inflatedSize > FAST_MAX_SHEET_BYTES) return FALLBACK;
      sheets.push({ name: a.name ?? '', path });
    }
    return findDataSheet(sheets.map((s) => ({ name: s.name, rows: () => sheetRows(part(s.path)!, ctx) })));
  } catch (e) {
    if (e instanceof LimitExceeded) throw e;
    return FALLBACK; // something this reader does not know: exceljs decides (and reports it when unreadable)
  }
}

function inflate(buf: Buffer, e: ZipEntry): Buffer {
  const data = buf.subarray(e.dataStart, e.dataStart + e.compressedSize);
  // checkZip inflated this entry already, counting: its size is known and within the limits.
  return e.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, e.inflatedSize) });
}
