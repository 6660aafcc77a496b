/**
 * Formatting for the notice, shared by the screen and the print: Thai or Arabic digits, numbers with
 * their unit, and the notice's fixed wording (its dates: shared/format/dates.ts). Pure.
 */
import { formatNumber, toArabicDigits, toThaiDigits } from '../thai';
import { formatValue } from '../format/values';
import type { Status } from '../contracts/classification';
import type { Digits, NoticeItem, NoticeModel } from '../contracts/notice';

const URL_PATTERN = /https?:\/\/[^\s<>"“”]+/g;

/**
 * Puts every digit of a text in the chosen script, except inside web addresses (a URL with Thai
 * digits no longer works).
 *
 * @example
 * displayText('รอบ 6 เดือน', 'thai') // 'รอบ ๖ เดือน'
 * displayText('ดู https://x.org/a1 ปี ๒๕๖๖', 'arabic') // 'ดู https://x.org/a1 ปี 2566'
 */
export function displayText(text: string, digits: Digits): string {
  const convert = digits === 'thai' ? toThaiDigits : toArabicDigits;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_PATTERN)) {
    out += convert(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + convert(text.slice(last));
}

/** Units written before the number in Thai (ร้อยละ ๘๕, ระดับ ๓); every other unit follows it (๔๔๙.๒๑ ล้านบาท). */
const PREFIX_UNITS = new Set(['ร้อยละ', 'ระดับ']);

/**
 * A number with its unit, in the chosen digits and the indicator's decimals (the catalog's; the seed
 * prints ๔๔๙.๒๑ ล้านบาท and ระดับ ๓).
 *
 * @example
 * formatQuantity(449.21, 'ล้านบาท', 'thai', 2) // '๔๔๙.๒๑ ล้านบาท'
 * formatQuantity(520.5, 'ล้านบาท', 'arabic', 2) // '520.50 ล้านบาท'
 * formatQuantity(3, 'ระดับ', 'arabic', 0)      // 'ระดับ 3'
 */
export function formatQuantity(value: number, unitTh: string, digits: Digits, decimals: number | undefined): string {
  return withUnit(noticeNumber(value, digits, decimals), unitTh);
}

/** The catalog's places; a version frozen before they existed (`undefined`) prints as it was issued. */
function noticeNumber(value: number, digits: Digits, decimals: number | undefined): string {
  return decimals === undefined ? formatNumber(value, { digits }) : formatValue(value, { decimals }, digits);
}

/**
 * An already formatted number with its Thai unit, before or after it as Thai writes that unit.
 *
 * @example
 * withUnit('85.00', 'ร้อยละ') // 'ร้อยละ 85.00'
 */
export function withUnit(number: string, unitTh: string): string {
  return PREFIX_UNITS.has(unitTh) ? `${unitTh} ${number}` : `${number} ${unitTh}`;
}

/**
 * A target as the notice prints it: a lower-is-better indicator's target is a ceiling, so it reads
 * "ไม่เกิน …" (the catalog's direction), every other target is the plain quantity.
 *
 * @example
 * formatTarget(40, { unitTh: 'คดี', direction: 'lower', decimals: 0 }, 'arabic') // 'ไม่เกิน 40 คดี'
 */
export function formatTarget(value: number, item: Pick<NoticeItem, 'unitTh' | 'direction' | 'decimals'>, digits: Digits): string {
  const q = formatQuantity(value, item.unitTh, digits, item.decimals);
  return item.direction === 'lower' ? `ไม่เกิน ${q}` : q;
}

/**
 * An amount of difference with its unit: levels are counted (๑ ระดับ), other units as `formatQuantity`.
 *
 * @example
 * formatDifference(1, 'ระดับ', 'arabic', 0) // '1 ระดับ'
 */
export function formatDifference(value: number, unitTh: string, digits: Digits, decimals: number | undefined): string {
  if (unitTh === 'ระดับ') return `${noticeNumber(value, digits, decimals)} ระดับ`;
  return formatQuantity(value, unitTh, digits, decimals);
}

/** The notice's fixed wording (seed: ตัวอย่างเอกสารแจ้งสถานะดำเนินการ). */
export const noticeText = {
  title: 'เอกสารแจ้งสถานะการดำเนินงาน',
  measure: 'ตัวชี้วัดตามมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการของจังหวัด',
  yearRound: (year: number, round: number) => `ประจำปีงบประมาณ พ.ศ. ${year} รอบ ${round} เดือน`,
  province: (nameTh: string) => `จังหวัด${nameTh}`,
  section1: (items: number, components: number) => `๑. จำนวนตัวชี้วัด ${items} ตัวชี้วัด${components > 0 ? ` (รวม ${components} องค์ประกอบ)` : ''}`,
  section2: '๒. สถานะของจังหวัด ดังนี้',
  section3: '๓. ตัวชี้วัดที่จังหวัดควรให้ความสำคัญ และเร่งดำเนินการเพื่อให้บรรลุค่าเป้าหมายตามที่กำหนด ดังนี้',
  section31: '๓.๑ ตัวชี้วัดที่ “ไม่รายงานผล” สรุปรายละเอียดดังนี้',
  section32: '๓.๒ ตัวชี้วัดที่ “ไม่ผ่านค่าเป้าหมายขั้นต้น” สรุปรายละเอียดดังนี้',
  section33: '๓.๓ ตัวชี้วัดที่ “ยังไม่สามารถออกผลการดำเนินงาน/อยู่ระหว่างดำเนินการ” สรุปรายละเอียดดังนี้',
  section4: '๔. ตัวชี้วัดที่ “ผ่านค่าเป้าหมายขั้นต้น” สรุปรายละเอียดดังนี้',
  section5: '๕. ข้อเสนอแนะในภาพรวมของสำนักงาน ก.พ.ร. สำหรับตัวชี้วัดที่จังหวัดควรให้ความสำคัญ',
  /** The notice's one line in place of ๕: the recommendations are the same for every province, printed once in the annex. */
  section5Annex: '๕. ข้อเสนอแนะในภาพรวมของสำนักงาน ก.พ.ร. ปรากฏตามภาคผนวกที่ส่งมาพร้อมนี้',
  annexTitle: 'ภาคผนวก ข้อเสนอแนะในภาพรวมของสำนักงาน ก.พ.ร.',
  annexIntro: 'สำหรับตัวชี้วัดที่จังหวัดควรให้ความสำคัญ (ตัวชี้วัดที่ไม่รายงานผลหรือไม่ผ่านค่าเป้าหมายขั้นต้นในจังหวัดใดจังหวัดหนึ่ง)',
  colSeq: 'ลำดับ',
  colStatus: 'สถานะ',
  colCount: 'จำนวน (ตัวชี้วัด)',
  colIndicator: 'ตัวชี้วัด',
  colResult: 'ผลการดำเนินงาน',
  colObservation: 'ข้อสังเกตของสำนักงาน ก.พ.ร.',
  colLevel: 'ระดับที่ผ่าน',
  targetMin: 'เป้าหมายขั้นต้น',
  targetStd: 'เป้าหมายมาตรฐาน',
  targetAdv: 'เป้าหมายขั้นสูง',
  draft: 'ฉบับร่าง ยังไม่ได้ออกเป็นทางการ',
  reviewed: 'ฉบับร่าง ตรวจทานแล้ว รอออกเอกสาร',
  issued: (version: number, date: string) => `ฉบับที่ ${version} ออกเมื่อ ${date}`,
  example: 'ตัวชี้วัดตัวอย่าง (ไม่ใช่ตัวชี้วัดของสำนักงาน ก.พ.ร.)',
  footer: (province: string, year: number, round: number) => `จังหวัด${province} ปีงบประมาณ พ.ศ. ${year} รอบ ${round} เดือน`,
};

/** Status names as the notice prints them (seed), in the seed's order. */
export const noticeStatusRows: { status: Status; label: string }[] = [
  { status: 'notReported', label: 'ไม่รายงานผล' },
  { status: 'belowMin', label: 'ไม่ผ่านค่าเป้าหมายขั้นต้น' },
  { status: 'metMin', label: 'ผ่านค่าเป้าหมายขั้นต้น' },
  { status: 'pending', label: 'ยังไม่สามารถออกผลการดำเนินงาน/อยู่ระหว่างดำเนินการ' },
];

/** The same, in the ๔ table's own column ("ระดับค่าเป้าหมายที่ผ่าน"). */
export const levelColumnText = { min: 'ขั้นต้น', std: 'มาตรฐาน', adv: 'ขั้นสูง' } as const;

/**
 * The item's name as the notice prints it: the indicator, and the component when there is one.
 *
 * @example
 * itemName({ nameTh: 'คุณภาพน้ำ…', component: 'แม่น้ำน้อย', componentLabelTh: 'แหล่งน้ำ' }) // 'คุณภาพน้ำ… (แหล่งน้ำ แม่น้ำน้อย)'
 */
export function itemName(item: Pick<NoticeItem, 'nameTh' | 'component' | 'componentLabelTh'>): string {
  if (item.component === null) return item.nameTh;
  return `${item.nameTh} (${item.componentLabelTh ? `${item.componentLabelTh} ` : ''}${item.component})`;
}

/** The result cell: the number with its unit, or the status word when there is no number. */
export function resultText(item: Pick<NoticeItem, 'result' | 'unitTh' | 'decimals'>, digits: Digits): string {
  switch (item.result.kind) {
    case 'value':
      return formatQuantity(item.result.value, item.unitTh, digits, item.decimals);
    case 'pending':
      return 'อยู่ระหว่างดำเนินการ';
    default:
      return 'ไม่รายงานผล';
  }
}

export interface NoticeSections {
  notReported: NoticeItem[];
  belowMin: NoticeItem[];
  pending: NoticeItem[];
  metMin: NoticeItem[];
}

/** The items of each section, in the model's (catalog) order. */
export function noticeSections(model: Pick<NoticeModel, 'items'>): NoticeSections {
  const out: NoticeSections = { notReported: [], belowMin: [], pending: [], metMin: [] };
  for (const item of model.items) out[item.status].push(item);
  return out;
}
