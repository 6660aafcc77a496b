/**
 * The cover letter (หนังสือนำส่ง) that goes with a province's status notice: an external letter
 * (หนังสือภายนอก) in the form of ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ. Its wording is data (one
 * template per fiscal year, data/letters/fy<year>.json); this module fills it from the notice and the
 * issue. Pure: no I/O, so the client and the server build the same letter.
 */
import { z } from 'zod';
import { formatThaiDateTime } from '../../format/dates';
import { displayText } from '../format';
import type { Digits, NoticeModel, NoticeStamp } from '../../contracts/notice';

/** Who sends the letter; every field can be overridden by settings (see server/domain/notices/letter). */
export const LetterSender = z.object({
  office: z.string().min(1),
  addressLines: z.array(z.string().min(1)).min(1),
  /** ที่ นร ๑๒๐๐/… — the running number of the issue is appended. */
  referencePrefix: z.string(),
  signerName: z.string().min(1),
  signerPosition: z.string().min(1),
  /** ส่วนราชการเจ้าของเรื่อง, printed bottom left with the contact lines. */
  unit: z.string().min(1),
  phone: z.string(),
  email: z.string(),
  /** A Garuda emblem image (PNG/JPEG/SVG data URL); null leaves its 3 cm space empty. Not shipped: its use needs permission. */
  garudaDataUrl: z.string().nullable().default(null),
});
export type LetterSender = z.infer<typeof LetterSender>;

export const LetterTemplate = z.object({
  description: z.string(),
  source: z.string(),
  sender: LetterSender.omit({ garudaDataUrl: true }),
  subject: z.string().min(1),
  addressee: z.string().min(1),
  /** อ้างถึง; an empty text leaves the line out. */
  reference: z.string(),
  /** สิ่งที่ส่งมาด้วย */
  enclosure: z.string().min(1),
  body: z.array(z.string().min(1)).min(1),
  closing: z.string().min(1),
});
export type LetterTemplate = z.infer<typeof LetterTemplate>;

export const LetterModel = z.object({
  garudaDataUrl: z.string().nullable(),
  /** e.g. "ที่ นร ๑๒๐๐/๑๕", or the prefix and a blank before issue. */
  referenceNumber: z.string(),
  addressLines: z.array(z.string()),
  office: z.string(),
  date: z.string(),
  subject: z.string(),
  addressee: z.string(),
  reference: z.string().nullable(),
  enclosure: z.string(),
  body: z.array(z.string()),
  closing: z.string(),
  signerName: z.string(),
  signerPosition: z.string(),
  unit: z.string(),
  contactLines: z.array(z.string()),
  draft: z.boolean(),
});
export type LetterModel = z.infer<typeof LetterModel>;

export interface LetterInput {
  template: LetterTemplate;
  sender: LetterSender;
  notice: Pick<NoticeModel, 'year' | 'round' | 'province' | 'counts'>;
  stamp: Pick<NoticeStamp, 'state' | 'issuedAt'>;
  /** The running number in the fiscal year (null before issue: the number is written by hand then). */
  sequence: number | null;
  /** The date a draft letter shows (issued letters carry the issue date). */
  today: string;
  digits: Digits;
}

const PLACEHOLDER = /\{(province|year|round|items|belowMin|notReported)\}/g;

/**
 * @example
 * buildLetter({ template, sender, notice, stamp: { state: 'issued', issuedAt: '2023-06-19T03:00:00Z' }, sequence: 15, today, digits: 'thai' })
 * // → { referenceNumber: 'ที่ นร ๑๒๐๐/๑๕', date: '๑๙ มิถุนายน ๒๕๖๖', addressee: 'ผู้ว่าราชการจังหวัดอ่างทอง', … }
 */
export function buildLetter(input: LetterInput): LetterModel {
  const { template: t, sender: s, notice: n, digits } = input;
  const values: Record<string, string | number> = {
    province: n.province.nameTh,
    year: n.year,
    round: n.round,
    items: n.counts.items,
    belowMin: n.counts.byStatus.belowMin,
    notReported: n.counts.byStatus.notReported,
  };
  const fill = (text: string) => displayText(text.replace(PLACEHOLDER, (_, k: string) => String(values[k])), digits);
  const issued = input.stamp.state === 'issued' && input.stamp.issuedAt !== null;
  // The regulation's date line is "day month year" without "พ.ศ." (ระเบียบงานสารบรรณ, ข้อ ๑๑).
  const date = formatThaiDateTime(issued ? input.stamp.issuedAt! : input.today, digits).replace(' พ.ศ. ', ' ');
  const contact = [s.phone && `โทร. ${s.phone}`, s.email && `ไปรษณีย์อิเล็กทรอนิกส์ ${s.email}`].filter(Boolean) as string[];
  return {
    garudaDataUrl: s.garudaDataUrl,
    referenceNumber: fill(`ที่ ${s.referencePrefix}${input.sequence ?? ''}`),
    addressLines: s.addressLines.map(fill),
    office: fill(s.office),
    date,
    subject: fill(t.subject),
    addressee: fill(t.addressee),
    reference: t.reference.trim() ? fill(t.reference) : null,
    enclosure: fill(t.enclosure),
    body: t.body.map(fill),
    closing: fill(t.closing),
    signerName: fill(s.signerName),
    signerPosition: fill(s.signerPosition),
    unit: fill(s.unit),
    contactLines: contact.map(fill),
    draft: !issued,
  };
}
