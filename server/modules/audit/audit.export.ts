/**
 * The filtered trail as a file for auditors (issue 13): CSV (UTF-8 with BOM, so Excel reads Thai) or
 * .xlsx. One line per recorded row (a bulk action's items each on their own line), oldest first, with
 * names beside codes and the row's chain hash, so a line can be checked against `audit:verify`.
 */
import { eventName } from '../../../shared/audit';
import { csvBytes, xlsxBytes } from '../../../shared/table-file';
import type { AuditRow as ReadableRow } from '../../../shared/contracts/audit';

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

export function auditCsv(rows: ReadableRow[]): Uint8Array {
  return csvBytes({ columns: header, rows: rows.map(line) });
}

export function auditXlsx(rows: ReadableRow[]): Promise<Uint8Array> {
  return xlsxBytes({ name: 'Audit trail', columns: header, rows: rows.map(line) });
}
