/** Plain-text rendering of an import report for the terminal, Thai and English on each problem. */
import type { ImportReport } from '../../shared/contracts/import-report';
import { formatPreview } from './format-preview';

const MAX_LISTED = 1000;

export function formatReport(r: ImportReport): string {
  const lines: string[] = [];
  const where = [r.format?.toUpperCase(), r.encoding, r.sheet && `sheet "${r.sheet}"`].filter(Boolean).join(', ');
  lines.push(`ไฟล์ / File: ${r.fileName}${where ? ` (${where})` : ''}`);
  if (r.rounds.length) lines.push(`รอบ / Rounds: ${r.rounds.map((x) => `${x.year} รอบ ${x.round} เดือน`).join(', ')}`);
  lines.push(`แถว / Rows: ${r.rows.total} — ใหม่ new ${r.rows.new}, เปลี่ยน changed ${r.rows.changed}, ไม่เปลี่ยน unchanged ${r.rows.unchanged}`);
  lines.push(`ค่าเป้าหมาย / Targets: ใหม่ new ${r.targets.new}, เปลี่ยน changed ${r.targets.changed}`);
  if (r.errors.length) {
    lines.push('', `ปฏิเสธการนำเข้า ไม่มีการบันทึกข้อมูลใด ๆ / REJECTED — nothing was written. ${r.errors.length} problem(s):`);
    for (const e of r.errors.slice(0, MAX_LISTED)) {
      const at = [e.row !== null ? `แถว row ${e.row}` : 'ไฟล์ file', e.column ? `คอลัมน์ column ${e.header ?? e.column}` : null].filter(Boolean).join(', ');
      lines.push(`  [${at}] ${e.th}`, `      ${e.en}${e.value !== null ? `  (value: "${e.value}")` : ''}`);
    }
    if (r.errors.length > MAX_LISTED) lines.push(`  … และอีก / and ${r.errors.length - MAX_LISTED} more`);
  } else if (r.dryRun) {
    lines.push('', 'ทดลองนำเข้า ไม่พบปัญหา ยังไม่ได้บันทึก / Dry run: no problems found; nothing was written.');
    if (r.preview) lines.push('', ...formatPreview(r.preview));
    if (r.planHash) lines.push('', `ยืนยันการนำเข้าตามตัวอย่างนี้ / To import exactly this preview: --plan-hash=${r.planHash}`);
  } else if (r.batchId === null) {
    lines.push('', 'ข้อมูลตรงกับที่บันทึกไว้แล้ว ไม่มีการเปลี่ยนแปลง / Nothing changed: every row matches the stored data.');
  } else {
    lines.push('', `นำเข้าสำเร็จ / Imported as batch ${r.batchId}.`);
  }
  return lines.join('\n');
}
