/**
 * Hostile uploads built on the fly (issue 9), each well under the 20 MB upload limit: a row bomb
 * (millions of tiny rows), a zip bomb (1 MB of deflated blank space) and a CSV of many bad rows.
 */
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { header } from './test-db';

interface Part {
  name: string;
  deflated: Buffer;
  size: number;
  crc: number;
}

const part = (name: string, text: string): Part => {
  const data = Buffer.from(text);
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
};

/** A zip of deflated parts (no zip64: every part stays under 4 GB). */
export function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(p.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.deflated.length, 20);
    central.writeUInt32LE(p.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts around one worksheet, so exceljs's streaming reader accepts the file. */
function frame(sheet: Part): Part[] {
  return [
    part('[Content_Types].xml', `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
    part('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part('xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    part('xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    sheet,
  ];
}

const headerRow = `<row r="1">${header.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`;

/** An .xlsx of `rows` tiny rows after the template header (2 M rows is about 9 MB). */
export function rowBombXlsx(rows: number): Buffer {
  const chunks: string[] = [`<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>`, headerRow];
  for (let r = 2; r <= rows + 1; r++) chunks.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
  chunks.push('</sheetData></worksheet>');
  return zip(frame(part('xl/worksheets/sheet1.xml', chunks.join(''))));
}

/** An .xlsx whose sheet is `compressedMb` MB of deflated blank space (about 1,000× that inflated). */
export async function zipBombXlsx(compressedMb: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  let outSize = 0;
  deflate.on('data', (c: Buffer) => {
    out.push(c);
    outSize += c.length;
  });
  const blank = Buffer.alloc(1024 * 1024, 0x20);
  const head = Buffer.from(`<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>`);
  let size = head.length;
  let crc = crc32(head);
  deflate.write(head);
  while (outSize < compressedMb * 1024 * 1024 && size < 3.5 * 1024 ** 3) {
    await new Promise<void>((r) => (deflate.write(blank) ? r() : deflate.once('drain', r)));
    size += blank.length;
    crc = crc32(blank, crc);
  }
  const tail = Buffer.from('</sheetData></worksheet>');
  crc = crc32(tail, crc);
  size += tail.length;
  await new Promise<void>((r) => deflate.end(tail, () => r()));
  return zip(frame({ name: 'xl/worksheets/sheet1.xml', deflated: Buffer.concat(out), size, crc }));
}

/** A CSV of `rows` short rows, each wrong in every required column (450 k rows is about 8 MB). */
export function badRowsCsv(rows: number): Buffer {
  const lines = [header.join(',')];
  for (let r = 0; r < rows; r++) lines.push(`y${r},x,x,x,,,,,x,`);
  return Buffer.from(lines.join('\n'));
}
