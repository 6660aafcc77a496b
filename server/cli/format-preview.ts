/** The dry run's preview for the terminal: one line per changed row, grouped by province and indicator. */
import type { ImportPreview, PreviewSide } from '../../shared/contracts/import-preview';

const statusTh: Record<PreviewSide['status'], string> = { notReported: 'ไม่รายงานผล', belowMin: 'ไม่ผ่านค่าเป้าหมายขั้นต้น', metMin: 'ผ่านค่าเป้าหมายขั้นต้น', pending: 'อยู่ระหว่างดำเนินการ' };
const levelTh: Record<NonNullable<PreviewSide['level']>, string> = { belowMin: 'ต่ำกว่าขั้นต้น', min: 'ขั้นต้น', std: 'มาตรฐาน', adv: 'ขั้นสูง' };

function value(s: PreviewSide | null): string {
  if (!s) return '–';
  if (s.result.kind === 'value') return s.result.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return s.result.kind === 'pending' ? 'อยู่ระหว่างดำเนินการ/pending' : 'ไม่รายงานผล/not reported';
}
const classified = (s: PreviewSide | null) => (s ? `${statusTh[s.status]}${s.level ? ` (${levelTh[s.level]})` : ''}` : '–');

export function formatPreview(p: ImportPreview): string[] {
  const lines = [`แถวที่จะเปลี่ยน / Rows that would change: ${p.rowsTotal} (สถานะเปลี่ยน / status changes: ${p.statusChanges})`];
  let group = '';
  for (const r of p.rows) {
    const key = `${r.iso}|${r.indicatorCode}`;
    if (key !== group) {
      group = key;
      const g = p.groups.find((x) => `${x.iso}|${x.indicatorCode}` === key);
      lines.push(`  ${r.provinceTh} (${r.iso}) · ${r.indicatorCode} — ${g?.rows ?? 0} แถว/rows, สถานะเปลี่ยน/status changes ${g?.statusChanges ?? 0}`);
    }
    const what = [r.component, `${r.year}/${r.round}`, `แถว row ${r.row}`].filter(Boolean).join(', ');
    lines.push(`    [${what}] ${value(r.before)} → ${value(r.after)} ${r.unitTh}; ${classified(r.before)} → ${classified(r.after)}${r.targetsChanged ? ' (ค่าเป้าหมายเปลี่ยน / targets changed)' : ''}`);
  }
  if (p.rowsTotal > p.rows.length) lines.push(`  … และอีก / and ${p.rowsTotal - p.rows.length} more`);
  return lines;
}
