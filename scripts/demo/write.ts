/**
 * Serialise demo files byte-for-byte reproducibly: xlsx through exceljs with fixed document dates and
 * fixed zip entry times, CSV with CRLF line ends in UTF-8 (with BOM) or Windows-874.
 */
import ExcelJS from 'exceljs';
import { importColumns as allColumns } from '../../shared/import-format';

// The demo files predate the form's optional status column and keep their columns (and bytes).
const importColumns = allColumns.filter((c): c is Exclude<(typeof allColumns)[number], { key: 'reportStatus' }> => c.key !== 'reportStatus');
import { encodeWindows874 } from '../../server/modules/imports/pipeline/parse/decode';
import type { DemoFile, DemoRow } from './rows';

export const sheetName = 'ผลการดำเนินงาน';
/** The date the seed's briefing was held; used for every timestamp inside the files. */
const fixedDate = new Date(Date.UTC(2023, 5, 19, 0, 0, 0));

const cellsOf = (row: DemoRow): (string | number | null)[] =>
  importColumns.map((c) => {
    const v = row[c.key];
    return v === '' ? null : v;
  });

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export async function xlsxBytes(file: DemoFile): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kpi-early-warning demo generator';
  wb.lastModifiedBy = 'kpi-early-warning demo generator';
  wb.created = fixedDate;
  wb.modified = fixedDate;
  wb.lastPrinted = fixedDate;
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = importColumns.map((c) => ({ header: file.headers === 'th' ? c.th : c.en, key: c.key, width: c.key === 'indicator' ? 28 : c.key === 'note' ? 40 : 16 }));
  ws.getRow(1).font = { bold: true };
  for (const row of file.rows) {
    const cells = cellsOf(row).map((v, i) =>
      // a plain number typed in a result cell is a number in Excel; province codes stay text
      importColumns[i]!.key === 'result' && typeof v === 'string' && PLAIN_NUMBER.test(v) ? Number(v) : v,
    );
    ws.addRow(cells);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(buffer as ArrayBuffer));
}

/** DOS date/time of `fixedDate` (local-time fields of the zip format, written as UTC). */
function dosDateTime(): { time: number; date: number } {
  const d = fixedDate;
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

/**
 * JSZip (inside exceljs) stamps every entry with the current time; overwrite the time and date of
 * each local header and central-directory entry (not covered by the CRC) so output is reproducible.
 */
export function fixZipTimes(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { time, date } = dosDateTime();
  let eocd = -1;
  for (let i = out.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) throw new Error('xlsx: end of central directory not found');
  const entries = view.getUint16(eocd + 10, true);
  let cd = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(cd, true) !== 0x02014b50) throw new Error('xlsx: bad central directory entry');
    view.setUint16(cd + 12, time, true);
    view.setUint16(cd + 14, date, true);
    const local = view.getUint32(cd + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('xlsx: bad local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    cd += 46 + view.getUint16(cd + 28, true) + view.getUint16(cd + 30, true) + view.getUint16(cd + 32, true);
  }
  return out;
}

function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvText(file: DemoFile): string {
  const header = importColumns.map((c) => (file.headers === 'th' ? c.th : c.en));
  const lines = [header, ...file.rows.map(cellsOf)].map((cells) => cells.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export async function fileBytes(file: DemoFile): Promise<Uint8Array> {
  if (file.format === 'xlsx') return xlsxBytes(file);
  const text = csvText(file);
  if (file.encoding === 'windows-874') return encodeWindows874(text);
  const utf8 = new TextEncoder().encode(text);
  const out = new Uint8Array(utf8.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(utf8, 3);
  return out;
}
