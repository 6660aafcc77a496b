/**
 * The import template users download: the canonical columns with Thai and English headers, drop-down
 * lists of provinces, indicators and rounds, and an instructions sheet.
 */
import type ExcelJS from 'exceljs';
import { importColumns, reportStatusList, resultWords } from '../../../../shared/import-format';
import type { Indicator, Province } from '../../../../shared/contracts';

const TEMPLATE_ROWS = 500;

export async function buildImportTemplate(year: number, provinces: Province[], indicators: Indicator[]): Promise<Uint8Array> {
  // Loaded on first use, not at server start (about a second of module loading).
  const { Workbook } = (await import('exceljs')).default;
  const wb = new Workbook();
  wb.creator = 'KPI early-warning dashboard';
  const fixed = new Date(Date.UTC(2023, 0, 1));
  wb.created = fixed;
  wb.modified = fixed;

  const data = wb.addWorksheet('ผลการดำเนินงาน', { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = importColumns.map((c) => ({
    header: `${c.th} (${c.en})`,
    key: c.key,
    width: c.key === 'indicator' ? 28 : c.key === 'note' ? 40 : 20,
  }));
  data.getRow(1).font = { bold: true, name: 'Sarabun' };
  data.getRow(1).alignment = { wrapText: true, vertical: 'middle' };

  const lists = wb.addWorksheet('lists', { state: 'veryHidden' });
  const inMeasure = provinces.filter((p) => p.inMeasure);
  inMeasure.forEach((p, i) => (lists.getCell(i + 1, 1).value = p.nameTh));
  indicators.forEach((ind, i) => (lists.getCell(i + 1, 2).value = ind.code));
  const words = [...resultWords.notReported.slice(0, 1), ...resultWords.pending.slice(0, 1)];
  words.forEach((w, i) => (lists.getCell(i + 1, 3).value = w));
  reportStatusList.forEach((w, i) => (lists.getCell(i + 1, 4).value = w));

  const col = (key: string) => importColumns.findIndex((c) => c.key === key) + 1;
  const listRule = (formula: string, th: string): ExcelJS.DataValidation => ({
    type: 'list',
    allowBlank: false,
    formulae: [formula],
    showErrorMessage: true,
    errorTitle: 'ค่าไม่ถูกต้อง / Invalid value',
    error: th,
  });
  for (let r = 2; r <= TEMPLATE_ROWS + 1; r++) {
    const row = data.getRow(r);
    row.getCell(col('fiscalYear')).dataValidation = {
      type: 'whole', operator: 'between', formulae: [2500, 2700], allowBlank: false, showErrorMessage: true,
      errorTitle: 'ปีงบประมาณ / Fiscal year', error: 'ใส่ปีงบประมาณเป็นปีพุทธศักราช เช่น 2566 / Buddhist Era year, e.g. 2566',
    };
    row.getCell(col('round')).dataValidation = listRule('"6,12"', 'รอบ 6 หรือ 12 เดือน / round 6 or 12');
    row.getCell(col('province')).dataValidation = listRule(`lists!$A$1:$A$${inMeasure.length}`, 'เลือกจังหวัดจากรายการ / choose a province from the list');
    row.getCell(col('indicator')).dataValidation = listRule(`lists!$B$1:$B$${indicators.length}`, 'เลือกรหัสตัวชี้วัดจากรายการ / choose an indicator code');
    // Optional, as in the pre-filled form: blank leaves the result column to say it.
    row.getCell(col('reportStatus')).dataValidation = { ...listRule(`lists!$D$1:$D$${reportStatusList.length}`, 'เลือกสถานะจากรายการ / choose a status from the list'), allowBlank: true };
  }

  const help = wb.addWorksheet('คำอธิบาย');
  help.getColumn(1).width = 26;
  help.getColumn(2).width = 90;
  const lines: [string, string][] = [
    ['แบบฟอร์มนำเข้าผลการดำเนินงาน', `ตัวชี้วัดตามมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการของจังหวัด ปีงบประมาณ ${year}`],
    ['Import template', `Provincial performance measure indicators, fiscal year ${year}`],
    ['', ''],
    ['วิธีกรอก', 'กรอกหนึ่งแถวต่อหนึ่งจังหวัด × ตัวชี้วัด × องค์ประกอบ × รอบ ในแผ่นงาน "ผลการดำเนินงาน"'],
    ['How to fill', 'One row per province × indicator × component × round, on the sheet "ผลการดำเนินงาน".'],
    ...importColumns.map((c): [string, string] => [`${c.th} (${c.en})`, columnHelp[c.key]]),
    ['', ''],
    ['ตัวชี้วัด / Indicators', indicators.map((i) => `${i.code} ${i.nameTh}${i.hasComponents ? ` (ระบุ${i.componentLabelTh ?? 'องค์ประกอบ'})` : ''}`).join('\n')],
  ];
  for (const [a, b] of lines) {
    const row = help.addRow([a, b]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).font = { bold: true };
  }
  help.getRow(1).font = { bold: true, size: 14 };

  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const columnHelp: Record<(typeof importColumns)[number]['key'], string> = {
  fiscalYear: 'จำเป็น ปีงบประมาณ พ.ศ. เช่น 2566 / Required. Buddhist Era fiscal year, e.g. 2566.',
  round: 'จำเป็น 6 หรือ 12 (เดือน) / Required. 6 or 12 (months).',
  province: 'จำเป็น ชื่อจังหวัดภาษาไทยหรืออังกฤษ รหัส ISO (TH-15) หรือรหัส 2 หลัก (15) / Required. Thai or English name, ISO code or 2-digit code.',
  indicator: 'จำเป็น รหัสตัวชี้วัด (เช่น ECO-05) หรือชื่อภาษาไทยตามบัญชี / Required. Indicator code (e.g. ECO-05) or its exact Thai name.',
  component: 'เฉพาะตัวชี้วัดที่มีองค์ประกอบ เช่น ชื่อแหล่งน้ำ หรือพื้นที่/ระยะ / Only for indicators with components, e.g. the water source or area/phase.',
  targetMin: 'ค่าเป้าหมายขั้นต้น ต้องระบุครบทั้งสามค่า หรือเว้นว่างทั้งสามค่าเมื่อเคยนำเข้าแล้ว / Minimum target; give all three targets, or none when already stored.',
  targetStd: 'ค่าเป้าหมายมาตรฐาน / Standard target.',
  targetAdv: 'ค่าเป้าหมายขั้นสูง (ตัวชี้วัดที่ค่าน้อยดีกว่า: ขั้นต้น ≥ มาตรฐาน ≥ ขั้นสูง) / Advanced target (lower-is-better indicators: min ≥ std ≥ adv).',
  result: 'จำเป็น ตัวเลข (เลขไทยได้ มีหน่วยต่อท้ายได้) หรือ "ไม่รายงานผล" หรือ "อยู่ระหว่างดำเนินการ" / Required. A number (Thai digits and a trailing unit allowed), or "not reported" or "pending".',
  note: 'ไม่บังคับ คำอธิบายจากจังหวัด / Optional note from the province.',
  reportStatus: 'ไม่บังคับ "รายงานผล" (ใส่ตัวเลขในผลการดำเนินงาน) "ไม่รายงานผล" หรือ "อยู่ระหว่างดำเนินการ" (เว้นผลการดำเนินงานว่างได้) / Optional. "reported" (the number goes in the result column), "not reported" or "pending" (the result may stay empty).',
};
