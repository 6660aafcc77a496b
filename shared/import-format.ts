/**
 * The import format users fill in (product brief, "Data the product takes in"): one row per
 * province × indicator × component × round. Headers may be Thai or English; the template writes both.
 */
export const importColumns = [
  { key: 'fiscalYear', en: 'fiscal_year', th: 'ปีงบประมาณ', required: true },
  { key: 'round', en: 'round', th: 'รอบ', required: true },
  { key: 'province', en: 'province', th: 'จังหวัด', required: true },
  { key: 'indicator', en: 'indicator', th: 'ตัวชี้วัด', required: true },
  { key: 'component', en: 'component', th: 'องค์ประกอบ', required: false },
  { key: 'targetMin', en: 'target_min', th: 'ค่าเป้าหมายขั้นต้น', required: false },
  { key: 'targetStd', en: 'target_std', th: 'ค่าเป้าหมายมาตรฐาน', required: false },
  { key: 'targetAdv', en: 'target_adv', th: 'ค่าเป้าหมายขั้นสูง', required: false },
  { key: 'result', en: 'result', th: 'ผลการดำเนินงาน', required: true },
  { key: 'note', en: 'note', th: 'หมายเหตุ', required: false },
  // The pre-filled form's status list (issue 13): a status word here stands for the result; blank or
  // "รายงานผล" means the result column holds the number. Optional, so older files import as before.
  { key: 'reportStatus', en: 'report_status', th: 'สถานะการรายงาน', required: false },
] as const;

export type ImportColumnKey = (typeof importColumns)[number]['key'];

/** Other spellings seen in provinces' sheets, matched after normalising case and spaces. */
export const headerAliases: Record<ImportColumnKey, string[]> = {
  fiscalYear: ['fiscal year', 'year', 'ปี', 'ปีงบ', 'ปี พ.ศ.'],
  round: ['รอบการรายงาน', 'round (months)', 'months'],
  province: ['province name', 'ชื่อจังหวัด'],
  indicator: ['indicator code', 'รหัสตัวชี้วัด', 'kpi'],
  component: ['องค์ประกอบย่อย', 'แหล่งน้ำ/พื้นที่'],
  targetMin: ['ค่าเป้าหมายขั้นต่ำ', 'minimum target', 'min'],
  targetStd: ['standard target', 'std'],
  targetAdv: ['advanced target', 'adv'],
  result: ['ผล', 'ผลการดำเนินการ', 'value'],
  note: ['notes', 'remark', 'remarks', 'หมายเหตุ/คำอธิบาย'],
  reportStatus: ['status', 'สถานะ', 'report status', 'สถานะการรายงานผล'],
};

/**
 * The status list of the form's status column, in its order: reported (the result column holds the
 * number), not reported, pending. Each is also read in the other spellings of `resultWords`.
 */
export const reportStatusWords = { reported: ['รายงานผล', 'reported'] } as const;
export const reportStatusList = ['รายงานผล', 'ไม่รายงานผล', 'อยู่ระหว่างดำเนินการ'] as const;

/** Status words allowed in the result column instead of a number (brief: statuses). */
export const resultWords = {
  notReported: ['ไม่รายงานผล', 'ไม่รายงาน', 'not reported', 'not_reported', 'nr'],
  pending: [
    'อยู่ระหว่างดำเนินการ',
    'ยังไม่สามารถออกผลการดำเนินงาน',
    'ยังไม่สามารถออกผลการดำเนินงานได้',
    'n/a',
    'na',
    'pending',
  ],
} as const;
