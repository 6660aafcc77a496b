/** A PDF's flat outline (bookmarks) read back with pdf-lib: each entry's title and first page index. */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

export async function readOutline(bytes: Uint8Array): Promise<{ pageCount: number; items: { title: string; page: number }[] }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  const pageRefs = doc.getPages().map((p) => p.ref.toString());
  const items: { title: string; page: number }[] = [];
  for (let ref = outlines.get(PDFName.of('First')); ref instanceof PDFRef; ) {
    const item = doc.context.lookup(ref, PDFDict);
    const title = item.lookup(PDFName.of('Title'));
    const dest = item.lookup(PDFName.of('Dest'), PDFArray);
    items.push({ title: (title as PDFHexString | PDFString).decodeText(), page: pageRefs.indexOf(dest.get(0).toString()) });
    ref = item.get(PDFName.of('Next'));
  }
  return { pageCount: doc.getPageCount(), items };
}
