/**
 * Removes the empty `/ActualText` spans Chromium leaves in its PDFs. Skia writes every Thai cluster
 * whose glyphs are not one-to-one with its characters (a tone mark shaped onto a vowel, SARA AM) as a
 * marked-content span carrying the cluster's text. When a page's paint includes a line of the next
 * page (its ink overflow reaches across the page edge), the glyphs are culled but the span is still
 * written, empty: a reader that honours ActualText (copy, search, screen readers) then reads those
 * clusters twice, once as phantom text at the bottom of the previous page. Measured on the notice:
 * a heading at the top of a page left its 13 marked clusters on the page before.
 */
import { inflateSync } from 'node:zlib';
import { deflateRewritten } from './deflate';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';

const EMPTY_SPAN = /\/Span<<\/ActualText <[0-9A-Fa-f]*> >> BDC\nEMC\n/g;

/**
 * Whether any compressed stream of the PDF holds an empty span: a scan of the raw bytes (inflating each
 * stream) costs about 1 ms, parsing the document with pdf-lib about 8 ms, so most PDFs skip the parse.
 */
function hasEmptySpan(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buf.toString('latin1');
  const streams = /stream\r?\n/g;
  for (let m = streams.exec(text); m; m = streams.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      if (EMPTY_SPAN.test(inflateSync(buf.subarray(start, end)).toString('latin1'))) return true;
    } catch {
      // not a Flate stream (or trailing bytes): nothing of ours
    } finally {
      EMPTY_SPAN.lastIndex = 0;
    }
    streams.lastIndex = end + 'endstream'.length;
  }
  return false;
}

/** The PDF without empty ActualText spans; the same bytes when it has none. */
export async function removeEmptyActualText(bytes: Uint8Array): Promise<Uint8Array> {
  if (!hasEmptySpan(bytes)) return bytes;
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  let changed = false;
  for (const page of doc.getPages()) {
    // The references, not the streams: a changed stream is put back under the same reference.
    const contents = page.node.get(PDFName.of('Contents'));
    const list = contents instanceof PDFRef ? doc.context.lookup(contents) : contents;
    const parts = list instanceof PDFArray ? list.asArray() : [contents];
    for (const ref of parts) {
      if (!(ref instanceof PDFRef)) continue;
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const src = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      const out = src.replace(EMPTY_SPAN, '');
      if (out === src) continue;
      const data = deflateRewritten(Buffer.from(out, 'latin1'));
      const dict = stream.dict.clone(doc.context);
      dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
      dict.delete(PDFName.of('DecodeParms'));
      dict.set(PDFName.of('Length'), doc.context.obj(data.length));
      doc.context.assign(ref, PDFRawStream.of(dict, data));
      changed = true;
    }
  }
  return changed ? doc.save({ useObjectStreams: false, updateFieldAppearances: false }) : bytes;
}
