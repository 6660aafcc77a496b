/**
 * Repairs the text layer of Chromium's PDFs for readers that do not honour `/ActualText` (pdf.js,
 * the engine of browser viewers). Skia writes every multi-character Thai cluster as an ActualText span
 * (right for poppler and Acrobat) but maps each glyph through the font's ToUnicode CMap, built from the
 * font's cmap table: the glyphs Sarabun substitutes by position (a tone mark lowered or shifted left,
 * a vowel moved left of a tall consonant) are in no cmap entry, so Skia maps them to U+0000 and pdf.js
 * reads NULs (measured: 362 in the อ่างทอง notice, in ที่, ชี้, เป็น, ปี…). Each such glyph stands for
 * exactly one character, so the spans themselves tell which: a span of n characters drawn with n glyphs
 * pairs them in order, and the pairing is written into the CMap. SARA AM, drawn with the glyphs of ํ
 * and า, gets codes of its own (sara-am.ts).
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';
import { deflateRewritten } from './deflate';
import { addGlyphCodes, clusterGlyphs } from './sara-am';

const SPAN = /\/Span<<\/ActualText <([0-9A-Fa-f]*)> >> BDC|(EMC)|\/([A-Za-z0-9]+) [-\d.]+ Tf|<([0-9A-Fa-f]+)> Tj/g;
const utf16 = (hex: string) => {
  let s = '';
  for (let k = hex.startsWith('FEFF') || hex.startsWith('feff') ? 4 : 0; k + 3 < hex.length; k += 4) s += String.fromCharCode(parseInt(hex.slice(k, k + 4), 16));
  return s;
};
const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

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

interface FontState {
  type0: PDFDict;
  map: Map<number, string>;
  /** For each glyph Skia mapped to U+0000 (or left out): the characters the spans say it stands for, with counts. */
  votes: Map<number, Map<string, number>>;
  /** For each glyph and SARA AM role (`gid:role`): the glyph's places in the content streams and what it reads. */
  amCodes: Map<string, { gid: number; text: string; places: Array<{ part: number; at: number }> }>;
  /** The highest glyph code drawn with the font: new codes go past it. */
  lastCode: number;
}

/**
 * Maps every glyph the ToUnicode CMaps send to U+0000 (or leave out) to the character its ActualText
 * spans show, and gives SARA AM's glyphs codes of their own (sara-am.ts). Returns how many glyphs it
 * mapped and how many glyph codes it rewrote.
 */
export function repairToUnicode(doc: PDFDocument): { mapped: number; rewritten: number } {
  // Fonts by their ToUnicode stream (one per embedded font, shared by every page).
  const fonts = new Map<PDFRef, FontState>();
  // Content streams by index, decoded once: SARA AM's glyph codes are rewritten in them.
  const parts: Array<{ ref: PDFRef; text: string }> = [];
  for (const page of doc.getPages()) {
    const fontDict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    const byName = new Map<string, FontState>();
    for (const [name, ref] of fontDict?.entries() ?? []) {
      const type0 = doc.context.lookup(ref, PDFDict);
      const tu = type0.get(PDFName.of('ToUnicode'));
      if (!(tu instanceof PDFRef)) continue;
      if (!fonts.has(tu)) fonts.set(tu, { type0, map: parseToUnicode(streamText(doc, tu)), votes: new Map(), amCodes: new Map(), lastCode: 0 });
      byName.set(name.asString().slice(1), fonts.get(tu)!);
    }
    const contents = page.node.get(PDFName.of('Contents'));
    const list = contents instanceof PDFRef ? doc.context.lookup(contents) : contents;
    const refs = (list instanceof PDFArray ? list.asArray() : [contents]).filter((r): r is PDFRef => r instanceof PDFRef);
    let font: FontState | undefined;
    let span: { text: string; glyphs: Array<{ gid: number; part: number; at: number }> } | null = null;
    for (const ref of refs) {
      const part = parts.push({ ref, text: streamText(doc, ref) }) - 1;
      for (const m of parts[part]!.text.matchAll(SPAN)) {
        if (m[1] !== undefined) span = { text: utf16(m[1]), glyphs: [] };
        else if (m[2]) {
          const glyphs = span && font ? clusterGlyphs(span.text, span.glyphs.length) : null;
          span!.glyphs.forEach((g, i) => {
            const role = glyphs?.[i];
            if (!role || !font) return;
            if (role.role !== 'char') {
              const key = `${g.gid}:${role.role}`;
              const codes = font.amCodes.get(key) ?? { gid: g.gid, text: role.text, places: [] };
              codes.places.push({ part: g.part, at: g.at });
              font.amCodes.set(key, codes);
              return;
            }
            const known = font.map.get(g.gid);
            if (known !== undefined && known !== '\u0000') return;
            const v = font.votes.get(g.gid) ?? new Map<string, number>();
            v.set(role.text, (v.get(role.text) ?? 0) + 1);
            font.votes.set(g.gid, v);
          });
          span = null;
        } else if (m[3]) font = byName.get(m[3]);
        else
          for (let k = 0; k + 3 < m[4]!.length; k += 4) {
            const gid = parseInt(m[4]!.slice(k, k + 4), 16);
            if (font && gid > font.lastCode) font.lastCode = gid;
            span?.glyphs.push({ gid, part, at: m.index! + 1 + k });
          }
      }
    }
  }
  let mapped = 0;
  let rewritten = 0;
  const edits = new Map<number, Array<{ at: number; code: number }>>();
  for (const [ref, f] of fonts) {
    if (f.votes.size === 0 && f.amCodes.size === 0) continue;
    for (const [g, v] of f.votes) {
      f.map.set(g, [...v].sort((a, b) => b[1] - a[1])[0]![0]);
      mapped++;
    }
    const am = [...f.amCodes.values()];
    const cids = am.length ? addGlyphCodes(doc, f.type0, am.map((c) => c.gid), f.lastCode) : [];
    am.forEach((c, k) => {
      f.map.set(cids[k]!, c.text);
      for (const p of c.places) edits.set(p.part, [...(edits.get(p.part) ?? []), { at: p.at, code: cids[k]! }]);
      rewritten += c.places.length;
    });
    writeStream(doc, ref, writeToUnicode(f.map));
  }
  for (const [part, list] of edits) {
    // Four hex digits for four: the places found in the stream stay valid.
    const text = parts[part]!.text;
    const pieces: string[] = [];
    let from = 0;
    for (const e of list.sort((a, b) => a.at - b.at)) (pieces.push(text.slice(from, e.at), hex4(e.code)), (from = e.at + 4));
    pieces.push(text.slice(from));
    writeStream(doc, parts[part]!.ref, pieces.join(''));
  }
  return { mapped, rewritten };
}

function writeStream(doc: PDFDocument, ref: PDFRef, text: string) {
  const data = deflateRewritten(Buffer.from(text, 'latin1'));
  doc.context.assign(ref, PDFRawStream.of(doc.context.obj({ Filter: 'FlateDecode', Length: data.length }) as PDFDict, data));
}
