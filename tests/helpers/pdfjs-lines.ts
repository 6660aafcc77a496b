/**
 * A PDF's text as pdf.js reads it (the engine of browser viewers: what their search and copy see),
 * one string per printed line, page by page, in paint order.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfjsLines(bytes: Uint8Array): Promise<string[][]> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[][] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      const lines: string[] = [];
      let line = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) (lines.push(line), (line = ''));
      }
      if (line) lines.push(line);
      pages.push(lines);
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}
