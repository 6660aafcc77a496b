/**
 * The import preview as an .xlsx, the same rows and columns as the page's table (issue 13), so a
 * reviewer can keep or forward what an import is about to change before it is confirmed.
 */
import { levelLabels, statusLabels } from '../../../../shared/classification/types';
import type { ImportPreview, PreviewSide } from '../../../../shared/contracts/import-preview';
import { excelNumberFormat } from '../../../../shared/format/values';

function resultCell(s: PreviewSide | null): number | string | null {
  if (!s) return null;
  if (s.result.kind === 'value') return s.result.value;
  return s.result.kind === 'pending' ? 'อยู่ระหว่างดำเนินการ' : 'ไม่รายงานผล';
}
const statusCell = (s: PreviewSide | null) => (s ? `${statusLabels[s.status].th}${s.level ? ` (${levelLabels[s.level].th})` : ''}` : null);

export async function buildPreviewWorkbook(preview: ImportPreview, fileName: string): Promise<Uint8Array> {
  // Loaded on first use, as the template does (about a second of module loading).
  const { Workbook } = (await import('exceljs')).default;
  const wb = new Workbook();
  wb.creator = 'KPI early-warning dashboard';
  const sheet = wb.addWorksheet('ตัวอย่างการนำเข้า', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'จังหวัด (province)', key: 'province', width: 18 },
    { header: 'ISO', key: 'iso', width: 8 },
    { header: 'ตัวชี้วัด (indicator)', key: 'indicator', width: 10 },
    { header: 'ชื่อตัวชี้วัด (indicator name)', key: 'indicatorName', width: 40 },
    { header: 'องค์ประกอบ (component)', key: 'component', width: 20 },
    { header: 'ปีงบประมาณ (fiscal_year)', key: 'year', width: 10 },
    { header: 'รอบ (round)', key: 'round', width: 8 },
    { header: 'แถวในไฟล์ (row)', key: 'row', width: 10 },
    { header: 'การเปลี่ยนแปลง (change)', key: 'change', width: 14 },
    { header: 'ค่าเดิม (before)', key: 'before', width: 14 },
    { header: 'ค่าใหม่ (after)', key: 'after', width: 14 },
    { header: 'หน่วย (unit)', key: 'unit', width: 12 },
    { header: 'สถานะเดิม (status before)', key: 'statusBefore', width: 30 },
    { header: 'สถานะใหม่ (status after)', key: 'statusAfter', width: 30 },
    { header: 'สถานะเปลี่ยน (status changed)', key: 'statusChanged', width: 12 },
    { header: 'ค่าเป้าหมายเปลี่ยน (targets changed)', key: 'targetsChanged', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true, name: 'Sarabun' };
  for (const r of preview.rows) {
    const added = sheet.addRow({
      province: r.provinceTh, iso: r.iso, indicator: r.indicatorCode, indicatorName: r.indicatorTh, component: r.component || null,
      year: r.year, round: r.round, row: r.row, change: r.change === 'new' ? 'ใหม่ (new)' : 'เปลี่ยน (changed)',
      before: resultCell(r.before), after: resultCell(r.after), unit: r.unitTh,
      statusBefore: statusCell(r.before), statusAfter: statusCell(r.after),
      statusChanged: r.statusChanged ? 'ใช่ (yes)' : '', targetsChanged: r.targetsChanged ? 'ใช่ (yes)' : '',
    });
    // Numbers stay numbers, shown with the catalog's decimals as on the page.
    for (const key of ['before', 'after']) added.getCell(key).numFmt = excelNumberFormat(r);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  const about = wb.addWorksheet('สรุป');
  about.addRows([
    ['ไฟล์ (file)', fileName],
    ['แถวที่จะเปลี่ยน (rows that would change)', preview.rowsTotal],
    ['สถานะเปลี่ยน (status changes)', preview.statusChanges],
    ['ยังไม่ได้บันทึก (nothing saved yet)', 'ตัวอย่างจากการทดลองนำเข้า / preview of a dry run'],
  ]);
  about.getColumn(1).width = 40;
  about.getColumn(2).width = 50;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
