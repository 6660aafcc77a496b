/**
 * The filtered trail as a file for auditors (issue 13): CSV (UTF-8 with BOM, so Excel reads Thai) or
 * .xlsx. One line per recorded row (a bulk action's items each on their own line), oldest first, with
 * names beside codes and the row's chain hash, so a line can be checked against `audit:verify`.
 */
import { eventName } from '../../../shared/audit';
import type { ReadableRow } from './audit.queries';

const header = ['รหัสรายการ / Id', 'เวลา (UTC) / Time (UTC)', 'ผู้ดำเนินการ / User', 'รายการ / Event', 'Event', 'จังหวัด / Province', 'ตัวชี้วัด / Indicator', 'อ้างอิง / Entity', 'ก่อน / Before', 'หลัง / After', 'IP'];

function line(r: ReadableRow): string[] {
  const json = (v: unknown) => (v == null ? '' : JSON.stringify(v));
  return [
    String(r.id), r.at, r.actorUsername, eventName(r.action, 'th'), eventName(r.action, 'en'),
    r.province ? `${r.province.nameTh} (${r.province.code})` : (r.provinceIso ?? ''),
    r.indicator ? `${r.indicator.code} ${r.indicator.nameTh}` : '',
    `${r.entityType}${r.entityId ? ` ${r.entityId}` : ''}${r.batchId != null ? ` batch ${r.batchId}` : ''}`,
    json(r.before), json(r.after), r.ip ?? '',
  ];
}

/**
 * A cell a spreadsheet would run as a formula (starting = + - @, or a tab/CR that some read past) gets
 * a leading apostrophe: user names and notes are typed by people (OWASP "CSV injection").
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsv(rows: ReadableRow[]): Uint8Array {
  const text = [header, ...rows.map(line)].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode(`\uFEFF${text}`);
}

export async function auditXlsx(rows: ReadableRow[]): Promise<Uint8Array> {
  const { Workbook } = (await import('exceljs')).default; // loaded on first export, not at start-up
  const book = new Workbook();
  const sheet = book.addWorksheet('Audit trail');
  sheet.addRow(header).font = { bold: true };
  // Every cell is written as text (never a formula), and the same apostrophe rule keeps a copy-paste to CSV safe.
  for (const r of rows) sheet.addRow(line(r).map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
  sheet.columns.forEach((col, i) => (col.width = [8, 24, 18, 28, 24, 24, 40, 24, 40, 40, 16][i]));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await book.xlsx.writeBuffer());
}
