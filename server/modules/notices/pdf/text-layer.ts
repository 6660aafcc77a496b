/**
 * Repairs the text layer of Chromium's PDFs for readers that do not honour `/ActualText` (pdf.js,
 * the engine of browser viewers). Skia writes every multi-character Thai cluster as an ActualText span
 * (right for poppler and Acrobat) but maps each glyph through the font's ToUnicode CMap, built from the
 * font's cmap table: the glyphs Sarabun substitutes by position (a tone mark lowered or shifted left,
 * a vowel moved left of a tall consonant) are in no cmap entry, so Skia maps them to U+0000 and pdf.js
 * reads NULs (measured: 362 in the อ่างทอง notice, in ที่, ชี้, เป็น, ปี…). Each such glyph stands for
 * exactly one character, so the spans themselves tell which: a span of n characters drawn with n glyphs
 * pairs them in order (after SARA AM's decomposition, below), and the pairing is written into the CMap.
 *
 * Not repaired: SARA AM (ำ). HarfBuzz's Thai shaper always draws it as NIKHAHIT + SARA AA, the same
 * glyphs as ํ and า, so glyph by glyph it can only read "ํา"; only ActualText carries "ำ".
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';
import { deflateSync } from 'node:zlib';

const SPAN = /\/Span<<\/ActualText <([0-9A-Fa-f]*)> >> BDC|(EMC)|\/([A-Za-z0-9]+) [-\d.]+ Tf|<([0-9A-Fa-f]+)> Tj/g;
const TONE_OR_ABOVE = /[\u0E31\u0E34-\u0E37\u0E47-\u0E4E]$/;

const utf16 = (hex: string) => {
  let s = '';
  for (let k = hex.startsWith('FEFF') || hex.startsWith('feff') ? 4 : 0; k + 3 < hex.length; k += 4) s += String.fromCharCode(parseInt(hex.slice(k, k + 4), 16));
  return s;
};
const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/** The characters of a cluster in the order HarfBuzz draws their glyphs: ำ as ํ moved before the marks above, then า. */
export function glyphOrder(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    if (ch !== '\u0E33') {
      out.push(ch);
      continue;
    }
    let at = out.length;
    while (at > 0 && TONE_OR_ABOVE.test(out[at - 1]!)) at--;
    out.splice(at, 0, '\u0E4D');
    out.push('\u0E32');
  }
  return out;
}

/** A ToUnicode CMap as Skia writes it (bfchar and bfrange of 2-byte codes), as code → text. */
function parseToUnicode(src: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of src.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  for (const block of src.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const lo = parseInt(m[1]!, 16);
      const base = parseInt(m[3]!, 16);
      for (let c = lo; c <= parseInt(m[2]!, 16); c++) map.set(c, String.fromCharCode(base + c - lo));
    }
  return map;
}

function writeToUnicode(map: Map<number, string>): string {
  const entries = [...map].sort((a, b) => a[0] - b[0]).map(([c, s]) => `<${hex4(c)}> <${[...s].map((ch) => hex4(ch.charCodeAt(0))).join('')}>`);
  let body = '';
  for (let k = 0; k < entries.length; k += 100) body += `${Math.min(100, entries.length - k)} beginbfchar\n${entries.slice(k, k + 100).join('\n')}\nendbfchar\n`;
  return `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${body}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n`;
}

const streamText = (doc: PDFDocument, ref: unknown) => {
  const s = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
  return s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : '';
};

/** Maps every glyph the ToUnicode CMaps send to U+0000 (or leave out) to the character its ActualText spans show. Returns how many glyphs it mapped. */
export function repairToUnicode(doc: PDFDocument): number {
  // Fonts by their ToUnicode stream (one per embedded font, shared by every page).
  const fonts = new Map<PDFRef, { map: Map<number, string>; votes: Map<number, Map<string, number>> }>();
  for (const page of doc.getPages()) {
    const fontDict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    const byName = new Map<string, (typeof fonts extends Map<PDFRef, infer V> ? V : never) | undefined>();
    for (const [name, ref] of fontDict?.entries() ?? []) {
      const tu = doc.context.lookup(ref, PDFDict).get(PDFName.of('ToUnicode'));
      if (!(tu instanceof PDFRef)) continue;
      if (!fonts.has(tu)) fonts.set(tu, { map: parseToUnicode(streamText(doc, tu)), votes: new Map() });
      byName.set(name.asString().slice(1), fonts.get(tu));
    }
    const contents = page.node.get(PDFName.of('Contents'));
    const list = contents instanceof PDFRef ? doc.context.lookup(contents) : contents;
    const parts = list instanceof PDFArray ? list.asArray() : [contents];
    let font: ReturnType<typeof byName.get>;
    let span: { text: string; glyphs: number[] } | null = null;
    for (const part of parts) {
      for (const m of streamText(doc, part).matchAll(SPAN)) {
        if (m[1] !== undefined) span = { text: utf16(m[1]), glyphs: [] };
        else if (m[2]) {
          let chars = span && glyphOrder(span.text);
          // Sarabun draws NIKHAHIT and a tone mark (the น้ of น้ำ) as one ligature glyph.
          const lig = chars?.findIndex((c, i) => c === '\u0E4D' && /[\u0E48-\u0E4B]/.test(chars![i + 1] ?? '')) ?? -1;
          if (span && chars && lig >= 0 && chars.length === span.glyphs.length + 1) chars = [...chars.slice(0, lig), chars[lig]! + chars[lig + 1]!, ...chars.slice(lig + 2)];
          if (span && font && chars!.length === span.glyphs.length) {
            span.glyphs.forEach((g, i) => {
              const known = font!.map.get(g);
              if (known !== undefined && known !== '\u0000') return;
              const v = font!.votes.get(g) ?? new Map<string, number>();
              v.set(chars![i]!, (v.get(chars![i]!) ?? 0) + 1);
              font!.votes.set(g, v);
            });
          }
          span = null;
        } else if (m[3]) font = byName.get(m[3]);
        else if (span) for (let k = 0; k + 3 < m[4]!.length; k += 4) span.glyphs.push(parseInt(m[4]!.slice(k, k + 4), 16));
      }
    }
  }
  let mapped = 0;
  for (const [ref, f] of fonts) {
    if (f.votes.size === 0) continue;
    for (const [g, v] of f.votes) {
      f.map.set(g, [...v].sort((a, b) => b[1] - a[1])[0]![0]);
      mapped++;
    }
    const data = deflateSync(Buffer.from(writeToUnicode(f.map), 'latin1'));
    doc.context.assign(ref, PDFRawStream.of(doc.context.obj({ Filter: 'FlateDecode', Length: data.length }) as PDFDict, data));
  }
  return mapped;
}
