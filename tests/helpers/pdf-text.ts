/**
 * Text of a PDF, read with pdf-lib: page content streams interpreted for their text operators, glyph
 * codes mapped through each font's ToUnicode CMap, and marked-content `/ActualText` honoured (PDF 32000
 * §14.9.4). Chromium writes every Thai cluster whose glyphs are not one-to-one with its characters
 * (a tone mark shaped onto a vowel, SARA AM split in two) as such a span, with the glyphs themselves
 * mapped to U+0000; pdf.js's getTextContent ignores ActualText, so it cannot check Thai text exactly.
 * Also reports whether every font is embedded.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream, type PDFObject } from 'pdf-lib';

type Token = { t: 'num'; v: number } | { t: 'name'; v: string } | { t: 'str'; v: Uint8Array } | { t: 'op'; v: string } | { t: 'arr'; v: Token[] } | { t: 'dict'; v: Map<string, Token> };

export function tokenize(src: Uint8Array): Token[] {
  let i = 0;
  const ws = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
  const delim = (c: number) => ws(c) || '()<>[]{}/%'.includes(String.fromCharCode(c));
  function value(): Token | null {
    while (i < src.length) {
      const c = src[i]!;
      if (ws(c)) i++;
      else if (c === 0x25) while (i < src.length && src[i] !== 0x0a && src[i] !== 0x0d) i++; // comment
      else break;
    }
    if (i >= src.length) return null;
    const c = src[i]!;
    if (c === 0x2f) {
      let j = ++i;
      while (j < src.length && !delim(src[j]!)) j++;
      const name = String.fromCharCode(...src.subarray(i, j));
      i = j;
      return { t: 'name', v: name };
    }
    if (c === 0x3c && src[i + 1] === 0x3c) {
      i += 2;
      const map = new Map<string, Token>();
      for (;;) {
        const k = value();
        if (!k || (k.t === 'op' && k.v === '>>')) break;
        const v = value();
        if (k.t === 'name' && v) map.set(k.v, v);
      }
      return { t: 'dict', v: map };
    }
    if (c === 0x3e && src[i + 1] === 0x3e) {
      i += 2;
      return { t: 'op', v: '>>' };
    }
    if (c === 0x3c) {
      let j = ++i;
      while (src[j] !== 0x3e) j++;
      const hex = String.fromCharCode(...src.subarray(i, j)).replace(/\s+/g, '');
      i = j + 1;
      const padded = hex.length % 2 ? `${hex}0` : hex;
      return { t: 'str', v: Uint8Array.from(padded.match(/../g) ?? [], (h) => parseInt(h, 16)) };
    }
    if (c === 0x28) {
      const out: number[] = [];
      let depth = 1;
      i++;
      while (i < src.length && depth > 0) {
        const d = src[i++]!;
        if (d === 0x5c) {
          const e = src[i++]!;
          const map: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
          if (e >= 0x30 && e <= 0x37) {
            let oct = String.fromCharCode(e);
            while (oct.length < 3 && src[i]! >= 0x30 && src[i]! <= 0x37) oct += String.fromCharCode(src[i++]!);
            out.push(parseInt(oct, 8));
          } else out.push(map[e] ?? e);
        } else if (d === 0x28) {
          depth++;
          out.push(d);
        } else if (d === 0x29) {
          if (--depth > 0) out.push(d);
        } else out.push(d);
      }
      return { t: 'str', v: Uint8Array.from(out) };
    }
    if (c === 0x5b) {
      i++;
      const arr: Token[] = [];
      for (;;) {
        const v = value();
        if (!v || (v.t === 'op' && v.v === ']')) break;
        arr.push(v);
      }
      return { t: 'arr', v: arr };
    }
    if (c === 0x5d) {
      i++;
      return { t: 'op', v: ']' };
    }
    let j = i;
    while (j < src.length && !delim(src[j]!)) j++;
    if (j === i) j++;
    const word = String.fromCharCode(...src.subarray(i, j));
    i = j;
    const n = Number(word);
    return word !== '' && !Number.isNaN(n) && /^[-+.\d]/.test(word) ? { t: 'num', v: n } : { t: 'op', v: word };
  }
  const out: Token[] = [];
  for (let v = value(); v; v = value()) out.push(v);
  return out;
}

const utf16be = (b: Uint8Array) => {
  let s = '';
  for (let k = 0; k + 1 < b.length; k += 2) s += String.fromCharCode((b[k]! << 8) | b[k + 1]!);
  return s;
};

/** A ToUnicode CMap: 2-byte codes (Identity-H, as Chromium writes) to strings. */
export function parseCMap(bytes: Uint8Array): Map<number, string> {
  const tokens = tokenize(bytes);
  const map = new Map<number, string>();
  const code = (t: Token) => (t.t === 'str' ? t.v.reduce((a, b) => (a << 8) | b, 0) : NaN);
  for (let k = 0; k < tokens.length; k++) {
    const tk = tokens[k]!;
    if (tk.t === 'op' && tk.v === 'beginbfchar') {
      for (k++; !(tokens[k]!.t === 'op' && tokens[k]!.v === 'endbfchar'); k += 2) {
        const dst = tokens[k + 1]!;
        map.set(code(tokens[k]!), dst.t === 'str' ? utf16be(dst.v) : '');
      }
    } else if (tk.t === 'op' && tk.v === 'beginbfrange') {
      for (k++; !(tokens[k]!.t === 'op' && tokens[k]!.v === 'endbfrange'); k += 3) {
        const lo = code(tokens[k]!);
        const hi = code(tokens[k + 1]!);
        const dst = tokens[k + 2]!;
        for (let c = lo; c <= hi; c++) {
          if (dst.t === 'arr') map.set(c, dst.v[c - lo]?.t === 'str' ? utf16be((dst.v[c - lo] as { v: Uint8Array }).v) : '');
          else if (dst.t === 'str') {
            const base = utf16be(dst.v);
            map.set(c, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + (c - lo)));
          }
        }
      }
    }
  }
  return map;
}

function streamBytes(doc: PDFDocument, obj: PDFObject | undefined): Uint8Array {
  const o = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  if (o instanceof PDFRawStream) return decodePDFRawStream(o).decode();
  if (o instanceof PDFStream) return o.getContents();
  throw new Error(`not a stream: ${o?.constructor.name}`);
}

export interface PdfText {
  /** Text per page, in content-stream (paint) order; a new line starts at each text line. */
  pages: string[];
  fonts: { name: string; embedded: boolean }[];
}

export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await PDFDocument.load(bytes);
  const fonts = new Map<string, { name: string; embedded: boolean }>();
  const pages: string[] = [];
  for (const page of doc.getPages()) {
    const res = page.node.Resources();
    const fontDict = res?.lookupMaybe(PDFName.of('Font'), PDFDict);
    const cmaps = new Map<string, { map: Map<number, string>; bytes: 1 | 2 }>();
    for (const [key, ref] of fontDict?.entries() ?? []) {
      const font = doc.context.lookup(ref, PDFDict);
      const base = font.get(PDFName.of('BaseFont'))?.toString() ?? '?';
      const desc = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict) ?? font;
      const fd = desc.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
      const embedded = !!fd && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => fd.get(PDFName.of(k)) !== undefined);
      fonts.set(base, { name: base, embedded });
      const tu = font.get(PDFName.of('ToUnicode'));
      // Type0 fonts (Identity-H, as Chromium embeds TrueType subsets) use 2-byte codes; simple fonts 1 byte.
      const bytes = font.get(PDFName.of('Subtype'))?.toString() === '/Type0' ? 2 : 1;
      cmaps.set(key.asString().replace(/^\//, ''), { map: tu ? parseCMap(streamBytes(doc, tu)) : new Map(), bytes });
    }
    const contents = page.node.Contents();
    const parts = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    const src = parts.map((p) => streamBytes(doc, p as PDFObject));
    const all = new Uint8Array(src.reduce((n, s) => n + s.length + 1, 0));
    let off = 0;
    for (const s of src) {
      all.set(s, off);
      off += s.length + 1;
      all[off - 1] = 0x0a;
    }
    let text = '';
    let cmap: { map: Map<number, string>; bytes: 1 | 2 } = { map: new Map(), bytes: 2 };
    let lastY: number | null = null;
    const spans: (string | null)[] = []; // ActualText of each open marked-content span (null: none)
    const inActual = () => spans.some((s) => s !== null);
    const show = (s: Uint8Array) => {
      if (inActual()) return;
      if (cmap.bytes === 1) for (const b of s) text += cmap.map.get(b) ?? '\uFFFD';
      else for (let k = 0; k + 1 < s.length; k += 2) text += cmap.map.get((s[k]! << 8) | s[k + 1]!) ?? '\uFFFD';
    };
    const operands: Token[] = [];
    for (const tk of tokenize(all)) {
      if (tk.t !== 'op') {
        operands.push(tk);
        continue;
      }
      switch (tk.v) {
        case 'Tf':
          cmap = cmaps.get((operands[0] as { v: string }).v) ?? { map: new Map(), bytes: 2 };
          break;
        case 'Tm': {
          const y = (operands[5] as { v: number }).v;
          if (lastY !== null && Math.abs(y - lastY) > 0.5) text += '\n';
          lastY = y;
          break;
        }
        case 'Tj':
        case "'":
        case '"':
          show((operands[operands.length - 1] as { v: Uint8Array }).v);
          break;
        case 'TJ':
          for (const el of (operands[0] as { v: Token[] }).v) if (el.t === 'str') show(el.v);
          break;
        case 'BMC':
          spans.push(null);
          break;
        case 'BDC': {
          const props = operands[1];
          const actual = props?.t === 'dict' ? props.v.get('ActualText') : undefined;
          const value = actual?.t === 'str' ? (actual.v[0] === 0xfe && actual.v[1] === 0xff ? utf16be(actual.v.subarray(2)) : String.fromCharCode(...actual.v)) : null;
          if (value !== null && !inActual()) text += value;
          spans.push(value);
          break;
        }
        case 'EMC':
          spans.pop();
          break;
      }
      operands.length = 0;
    }
    pages.push(text);
  }
  return { pages, fonts: [...fonts.values()] };
}
