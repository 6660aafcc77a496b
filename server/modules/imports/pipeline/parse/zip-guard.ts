/**
 * Measures what a .xlsx (a zip) really inflates to before a reader opens it. The sizes a zip
 * declares can lie, so every entry is inflated here for real, counting bytes and keeping none,
 * and reading stops at the first entry that crosses the total or the compression-ratio limit.
 * Cost: one inflate pass bounded by maxInflatedBytes, with memory of one zlib window.
 */
import { createInflateRaw } from 'node:zlib';
import { limitErrors, LimitExceeded, type ReadLimits } from '../limits';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Ratio is only judged on entries inflating past this; tiny XML parts compress oddly well. */
const RATIO_FLOOR = 1024 * 1024;
/** A row element, with or without a namespace prefix ('<row ', '<x:row>'), not '<rowBreaks'. */
const ROW_TAG = /[<:]row[\s>/]/g;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  dataStart: number;
}

/** An entry as checkZip measured it: `inflatedSize` is what inflating it really gave. */
export interface ZipEntry extends Entry {
  inflatedSize: number;
}

/** The entries named by the central directory, or null when this is not a zip we can walk. */
function entries(buf: Buffer): Entry[] | null {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return null;
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) return null;
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    out.push({ name, method, compressedSize, dataStart });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Inflate one entry, counting; rejects with LimitExceeded as soon as a bound is crossed. */
function inflatedSize(buf: Buffer, e: Entry, budget: number, limits: ReadLimits): Promise<number> {
  const data = buf.subarray(e.dataStart, Math.min(buf.length, e.dataStart + e.compressedSize));
  if (e.method === 0) return Promise.resolve(data.length);
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    // Counting rows here refuses a row bomb in one inflate pass, before the (far slower) XML parse.
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(e.name);
    let rows = 0;
    let carry = '';
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (isSheet) {
        const text = carry + chunk.toString('latin1');
        rows += text.match(ROW_TAG)?.length ?? 0;
        carry = text.slice(-5); // a tag split across chunks; too short to hold a whole one twice
      }
      const crossed =
        rows > limits.maxRows + 10
          ? limitErrors.rows(limits.maxRows)
          : size > budget
          ? limitErrors.inflated(limits.maxInflatedBytes)
          : size > RATIO_FLOOR && size / Math.max(1, data.length) > limits.maxCompressionRatio
            ? limitErrors.ratio(limits.maxCompressionRatio, e.name)
            : null;
      if (crossed) {
        inflate.destroy();
        reject(new LimitExceeded(crossed));
      }
    });
    inflate.on('end', () => resolve(size));
    // A damaged stream is exceljs's to report (XLSX_UNREADABLE); here it only ends the count.
    inflate.on('error', () => resolve(size));
    inflate.end(data);
  });
}

/**
 * The zip's entries with their measured sizes, or null when it cannot be walked (exceljs will then
 * refuse it as unreadable).
 *
 * @example
 * await checkZip(bytes, readLimits()); // throws LimitExceeded for a zip bomb, else returns the entries
 */
export async function checkZip(bytes: Uint8Array, limits: ReadLimits): Promise<ZipEntry[] | null> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const list = entries(buf);
  if (!list) return null;
  let total = 0;
  const measured: ZipEntry[] = [];
  for (const e of list) {
    const size = await inflatedSize(buf, e, limits.maxInflatedBytes - total, limits);
    total += size;
    measured.push({ ...e, inflatedSize: size });
  }
  return measured;
}
