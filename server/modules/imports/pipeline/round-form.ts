/**
 * The pre-filled form of one round (issue 13): one row per assigned province × indicator × component,
 * with names, units and the three targets filled in and locked (shown with the catalog's decimals);
 * the result, status and note cells open, with data validation (a number or Thai digits; the status
 * list). Read back by the ordinary import: the headers are the template's (the status column is the
 * optional `reportStatus`), and the extra name and unit columns are ones the header mapper ignores.
 */
import type ExcelJS from 'exceljs';
import { importColumns, reportStatusList, resultWords } from '../../../../shared/import-format';
import { excelNumberFormat } from '../../../../shared/format/values';
import type { FormRow } from '../imports.queries';

const header = (key: (typeof importColumns)[number]['key']) => {
  const c = importColumns.find((x) => x.key === key)!;
  return `${c.th} (${c.en})`;
};

/** Excel formula text: Thai digits ๐–๙ turned into 0–9, so VALUE() accepts "๔๔๙.๒๑". */
function arabicOf(ref: string): string {
  let f = ref;
  '๐๑๒๓๔๕๖๗๘๙'.split('').forEach((d, i) => (f = `SUBSTITUTE(${f},"${d}","${i}")`));
  return f;
}

const NOT_REPORTED = resultWords.notReported[0];
const PENDING = resultWords.pending[0];

export async function buildRoundForm(year: number, round: number, rows: FormRow[]): Promise<Uint8Array> {
  // Loaded on first use, as the empty template does.
  const { Workbook } = (await import('exceljs')).default;
  const wb = new Workbook();
  wb.creator = 'KPI early-warning dashboard';
  const fixed = new Date(Date.UTC(2023, 0, 1));
  wb.created = fixed;
  wb.modified = fixed;

  const sheet = wb.addWorksheet('ผลการดำเนินงาน', { views: [{ state: 'frozen', ySplit: 1, xSplit: 4 }] });
  sheet.columns = [
    { header: header('fiscalYear'), key: 'year', width: 12 },
    { header: header('round'), key: 'round', width: 8 },
    { header: header('province'), key: 'province', width: 16 },
    { header: header('indicator'), key: 'indicator', width: 12 },
    // Not import columns: the mapper ignores these headers (checked by the round-trip test).
    { header: 'ชื่อเต็มของตัวชี้วัด (indicator title)', key: 'title', width: 50 },
    { header: header('component'), key: 'component', width: 22 },
    { header: 'หน่วยนับ (unit of measure)', key: 'unit', width: 12 },
    { header: header('targetMin'), key: 'min', width: 14 },
    { header: header('targetStd'), key: 'std', width: 14 },
    { header: header('targetAdv'), key: 'adv', width: 14 },
    { header: header('result'), key: 'result', width: 22 },
    { header: header('reportStatus'), key: 'status', width: 22 },
    { header: header('note'), key: 'note', width: 40 },
  ];
  const head = sheet.getRow(1);
  head.font = { bold: true, name: 'Sarabun' };
  head.alignment = { wrapText: true, vertical: 'middle' };
  head.height = 36;

  const lists = wb.addWorksheet('lists', { state: 'veryHidden' });
  lists.getCell('A1').value = NOT_REPORTED;
  lists.getCell('A2').value = PENDING;
  reportStatusList.forEach((w, i) => (lists.getCell(i + 1, 2).value = w));
  const [REPORTED] = reportStatusList;

  rows.forEach((r, i) => {
    const n = i + 2;
    const result = r.kind === 'value' ? r.value : r.kind === 'notReported' ? NOT_REPORTED : r.kind === 'pending' ? PENDING : null;
    // The stored status, so an untouched row imports unchanged; blank until something is stored.
    const status = r.kind === 'value' ? REPORTED : r.kind === null ? null : result;
    const row = sheet.addRow({
      year, round, province: r.provinceTh, indicator: r.code, title: r.nameTh, component: r.component || null, unit: r.unitTh,
      min: r.min, std: r.std, adv: r.adv, result: r.kind === 'value' ? r.value : null, status, note: r.note,
    });
    for (const key of ['min', 'std', 'adv', 'result']) row.getCell(key).numFmt = excelNumberFormat(r);
    row.alignment = { vertical: 'top' };
    row.getCell('title').alignment = { wrapText: true, vertical: 'top' };
    for (const key of ['result', 'status', 'note']) {
      const cell = row.getCell(key);
      cell.protection = { locked: false };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9DB' } };
    }
    // A number, Thai digits, or one of the two status words; blank until the province fills it in.
    const ref = `K${n}`;
    row.getCell('result').dataValidation = {
      type: 'custom',
      allowBlank: true,
      formulae: [`OR(ISNUMBER(${ref}),${ref}="${NOT_REPORTED}",${ref}="${PENDING}",ISNUMBER(VALUE(${arabicOf(`SUBSTITUTE(${ref},",","")`)})))`],
      showInputMessage: true,
      promptTitle: 'ผลการดำเนินงาน / Result',
      prompt: `ตัวเลข (เลขไทยได้) หรือ "${NOT_REPORTED}" หรือ "${PENDING}" / a number (Thai digits allowed), or not reported / pending`,
      showErrorMessage: true,
      errorTitle: 'ค่าไม่ถูกต้อง / Invalid value',
      error: `กรอกตัวเลข หรือ "${NOT_REPORTED}" หรือ "${PENDING}" / Enter a number, or one of the two status words`,
    };
    row.getCell('status').dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`lists!$B$1:$B$${reportStatusList.length}`],
      showInputMessage: true,
      promptTitle: 'สถานะการรายงาน / Report status',
      prompt: 'รายงานผล = ใส่ตัวเลขในช่องผลการดำเนินงาน / reported: the number goes in the result column',
      showErrorMessage: true,
      errorTitle: 'ค่าไม่ถูกต้อง / Invalid value',
      error: `เลือกจากรายการ: ${reportStatusList.join(' / ')} / Choose from the list`,
    };
    row.getCell('note').dataValidation = { type: 'textLength', operator: 'lessThanOrEqual', formulae: [2000], allowBlank: true, showErrorMessage: true, error: 'ไม่เกิน 2,000 ตัวอักษร / at most 2,000 characters' };
  });
  // Locked, not hidden: anyone can read and copy the targets; no password is needed to open the file
  // (and none to lift the protection, which only guards against slips, not against the province).
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: false });

  const help = wb.addWorksheet('คำอธิบาย');
  help.getColumn(1).width = 28;
  help.getColumn(2).width = 90;
  const lines: [string, string][] = [
    ['แบบฟอร์มรายงานผลการดำเนินงาน', `ปีงบประมาณ ${year} รอบ ${round} เดือน — ${rows.length} รายการ`],
    ['Results form', `Fiscal year ${year}, ${round}-month round — ${rows.length} items`],
    ['', ''],
    ['วิธีกรอก', 'กรอกเฉพาะคอลัมน์ "ผลการดำเนินงาน" "สถานะการรายงาน" และ "หมายเหตุ" (ช่องสีเหลือง) ทุกแถว ค่าเป้าหมายถูกล็อกไว้ตามที่ สำนักงาน ก.พ.ร. บันทึก แล้วนำเข้าไฟล์นี้ทั้งไฟล์'],
    ['How to fill', 'Fill in only the result, report status and note columns (yellow cells) on every row. The targets are locked as OPDC stored them. Then import this whole file.'],
    [header('result'), `ตัวเลข (เลขไทยได้ มีหน่วยต่อท้ายได้) หรือ "${NOT_REPORTED}" หรือ "${PENDING}" / A number (Thai digits and a trailing unit allowed), or "not reported" / "pending".`],
    [header('reportStatus'), `เลือกจากรายการ: "${reportStatusList[0]}" (ใส่ตัวเลขในช่องผลการดำเนินงาน) "${NOT_REPORTED}" หรือ "${PENDING}" (เว้นช่องผลการดำเนินงานว่างได้) / Choose: reported (the number goes in the result column), not reported or pending (the result may stay empty).`],
    [header('note'), 'ไม่บังคับ คำอธิบายจากจังหวัด / Optional note from the province.'],
    ['การป้องกันแผ่นงาน / Sheet protection', 'ป้องกันไว้โดยไม่มีรหัสผ่าน เพื่อกันการแก้ค่าเป้าหมายโดยไม่ตั้งใจ / Protected without a password, to prevent accidental edits to the targets.'],
  ];
  for (const [a, b] of lines) {
    const row = help.addRow([a, b]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).font = { bold: true };
  }
  help.getRow(1).font = { bold: true, size: 14 };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
