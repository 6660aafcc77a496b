/**
 * SARA AM (ำ) in the text layer, for readers that ignore `/ActualText` (pdf.js).
 *
 * Cause: HarfBuzz's Thai shaper decomposes every U+0E33 into NIKHAHIT + SARA AA before the font is
 * consulted, moving the NIKHAHIT before any tone mark (as Uniscribe does; Sarabun's own `ccmp` holds
 * the same decomposition, lookup 3), and Sarabun then ligates NIKHAHIT + tone (the ํ้ of น้ำ) into one
 * glyph. So ำ is drawn with the very glyphs of ํ and า. Skia maps glyphs to text one by one through the
 * ToUnicode CMap, one entry per glyph, so pdf.js read ทำ as ทํา and น้ำ as น + ํ้ + า. A font built
 * without the decomposition would not help (the shaper decomposes regardless), and a precomposed ำ
 * glyph would lose the mark positioning that places the NIKHAHIT above tall consonants and tone marks.
 *
 * Fix, in the PDF's own encoding: the glyphs of a SARA AM get second codes (CIDs past every code in use, mapped to the same glyph by the font's CIDToGIDMap, with the same widths), so the drawing is
 * unchanged, and those codes get their own ToUnicode entries: the SARA AA of ำ reads "ำ", the NIKHAHIT
 * reads U+2060 (WORD JOINER, a format character pdf.js leaves out of its text; a CMap entry cannot map
 * a code to nothing: pdf.js then reads the code itself), and the NIKHAHIT + tone ligature reads the tone.
 * In reading order that gives ท ำ and น ้ ำ, the characters the notice holds.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';
import { deflateRewritten } from './deflate';

const SARA_AM = '\u0E33';
const NIKHAHIT = '\u0E4D';
const SARA_AA = '\u0E32';
const TONE = /[\u0E48-\u0E4B]/;
const TONE_OR_ABOVE = /[\u0E31\u0E34-\u0E37\u0E47-\u0E4E]$/;
/** What the NIKHAHIT of a SARA AM reads as: nothing visible, and left out by pdf.js. */
export const HIDDEN = '\u2060';

/** How a glyph of a cluster reads: as its own character, or as a part of a SARA AM. */
export type GlyphRole = 'char' | 'amMark' | 'amVowel' | 'amMarkTone';
export interface ClusterGlyph {
  /** The text the glyph stands for, in the notice: its character, or for a SARA AM's parts what the new code reads. */
  text: string;
  role: GlyphRole;
}

/**
 * The glyphs HarfBuzz draws for a cluster's text, in order, with what each stands for; null when the
 * span's glyph count fits neither the decomposed form nor the NIKHAHIT + tone ligature.
 */
export function clusterGlyphs(text: string, glyphCount: number): ClusterGlyph[] | null {
  const out: ClusterGlyph[] = [];
  for (const ch of text) {
    if (ch !== SARA_AM) {
      out.push({ text: ch, role: 'char' });
      continue;
    }
    let at = out.length;
    while (at > 0 && out[at - 1]!.role === 'char' && TONE_OR_ABOVE.test(out[at - 1]!.text)) at--;
    out.splice(at, 0, { text: HIDDEN, role: 'amMark' });
    out.push({ text: SARA_AM, role: 'amVowel' });
  }
  if (out.length === glyphCount) return out;
  // Sarabun draws NIKHAHIT and a following tone mark as one glyph (its `ccmp` lookup 4).
  const lig = out.findIndex((g, i) => g.role === 'amMark' && TONE.test(out[i + 1]?.text ?? ''));
  if (lig < 0 || out.length !== glyphCount + 1) return null;
  out.splice(lig, 2, { text: out[lig + 1]!.text, role: 'amMarkTone' });
  return out;
}

/** The characters a cluster's glyphs read as before the fix (the SARA AM parts as ํ and า): what Skia's own entries say. */
export const plainText = (g: ClusterGlyph) => (g.role === 'amMark' ? NIKHAHIT : g.role === 'amVowel' ? SARA_AA : g.role === 'amMarkTone' ? NIKHAHIT + g.text : g.text);

const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const streamBytes = (doc: PDFDocument, ref: unknown) => {
  const s = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
  return s instanceof PDFRawStream ? decodePDFRawStream(s).decode() : new Uint8Array();
};

/** A CID's width from a CIDFont's W array (`c [w…]` and `c1 c2 w` forms), else DW. */
function widthOf(cidFont: PDFDict, cid: number): number {
  const w = cidFont.lookup(PDFName.of('W'));
  const items = w instanceof PDFArray ? w.asArray() : [];
  for (let i = 0; i < items.length; ) {
    const first = (items[i] as PDFNumber).asNumber();
    const next = items[i + 1];
    if (next instanceof PDFArray) {
      if (cid >= first && cid < first + next.size()) return (next.get(cid - first) as PDFNumber).asNumber();
      i += 2;
    } else {
      if (cid >= first && cid <= (next as PDFNumber).asNumber()) return (items[i + 2] as PDFNumber).asNumber();
      i += 3;
    }
  }
  const dw = cidFont.lookup(PDFName.of('DW'));
  return dw instanceof PDFNumber ? dw.asNumber() : 1000;
}

/** The highest CID a CIDFont's W array gives a width (Skia lists every glyph of its subset there). */
function lastWidthCid(cidFont: PDFDict): number {
  const w = cidFont.lookup(PDFName.of('W'));
  const items = w instanceof PDFArray ? w.asArray() : [];
  let last = 0;
  for (let i = 0; i < items.length; ) {
    const first = (items[i] as PDFNumber).asNumber();
    const next = items[i + 1];
    if (next instanceof PDFArray) (last = Math.max(last, first + next.size() - 1)), (i += 2);
    else (last = Math.max(last, (next as PDFNumber).asNumber())), (i += 3);
  }
  return last;
}

/**
 * Gives the glyphs `gids` second codes in a Type0 font (Identity-H): new CIDs past every code in use
 * (`lastCode`, the highest the content streams draw, and the W array's), mapped to the same glyphs by
 * the CIDToGIDMap, with the same widths. Returns the new CIDs in order.
 */
export function addGlyphCodes(doc: PDFDocument, type0: PDFDict, gids: number[], lastCode: number): number[] {
  const cidFont = doc.context.lookup(type0.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict);
  const oldMap = cidFont.get(PDFName.of('CIDToGIDMap'));
  const old = oldMap instanceof PDFName ? null : streamBytes(doc, oldMap);
  const gidOf = (cid: number) => (old ? (cid * 2 + 1 < old.length ? u16(old, cid * 2) : 0) : cid);
  const first = Math.max(lastCode, lastWidthCid(cidFont), old ? old.length / 2 - 1 : 0) + 1;
  const map = new Uint8Array(2 * (first + gids.length));
  for (let cid = 0; cid < first + gids.length; cid++) {
    const gid = cid < first ? gidOf(cid) : gids[cid - first]!;
    map[cid * 2] = gid >> 8;
    map[cid * 2 + 1] = gid & 0xff;
  }
  const w = cidFont.lookup(PDFName.of('W'));
  const widths = w instanceof PDFArray ? w : doc.context.obj([]);
  gids.forEach((gid, k) => {
    // A glyph's width is that of a code drawing it: the glyph's own CID unless Skia wrote a map.
    const cid = old ? [...Array(old.length / 2).keys()].find((c) => gidOf(c) === gid) ?? gid : gid;
    widths.push(PDFNumber.of(first + k));
    widths.push(doc.context.obj([widthOf(cidFont, cid)]));
  });
  cidFont.set(PDFName.of('W'), widths);
  const data = deflateRewritten(map);
  cidFont.set(PDFName.of('CIDToGIDMap'), doc.context.register(PDFRawStream.of(doc.context.obj({ Filter: 'FlateDecode', Length: data.length }) as PDFDict, data)));
  return gids.map((_, k) => first + k);
}
