/**
 * The audit trail in words people read (issue 13): a Thai and English name for every event type the
 * server records (grep `recordAudit(` and `action:`), the outcome of a value, and one value change as
 * "4,550.36 → 4,700.00 ล้านบาท (ไม่ผ่าน → ผ่านขั้นต้น)". Shared: the page, the filter and the export.
 */
import type { ChangeSide, Outcome } from './contracts/audit';
import { formatValue, type Digits } from './format/values';

export interface AuditWords {
  th: string;
  en: string;
}

/** Every action the server writes. A test checks the recorders name no other. */
export const auditEvents = {
  'import.commit': { th: 'นำเข้าข้อมูล', en: 'Import' },
  'import.rollback': { th: 'ยกเลิกชุดนำเข้า', en: 'Import rolled back' },
  'notice.review': { th: 'ตรวจทานเอกสารแจ้งสถานะ', en: 'Notice reviewed' },
  'notice.issue': { th: 'ออกเอกสารแจ้งสถานะ', en: 'Notice issued' },
  'notice.reopen': { th: 'เปิดเอกสารแจ้งสถานะกลับมาแก้ไข', en: 'Notice reopened' },
  'observation.edit': { th: 'แก้ไขข้อสังเกต', en: 'Observation edited' },
  'observation.revert': { th: 'คืนข้อสังเกตเป็นข้อความร่าง', en: 'Observation reverted to the draft' },
  'recommendation.edit': { th: 'แก้ไขข้อเสนอแนะ', en: 'Recommendation edited' },
  'recommendation.revert': { th: 'คืนข้อเสนอแนะเป็นข้อความร่าง', en: 'Recommendation reverted to the draft' },
  'auth.login': { th: 'เข้าสู่ระบบ', en: 'Sign-in' },
  'auth.logout': { th: 'ออกจากระบบ', en: 'Sign-out' },
  'auth.login_failed': { th: 'เข้าสู่ระบบไม่สำเร็จ', en: 'Failed sign-in' },
  'user.create': { th: 'สร้างบัญชีผู้ใช้', en: 'Account created' },
  'user.update': { th: 'แก้ไขบัญชีผู้ใช้', en: 'Account changed' },
  'user.role_change': { th: 'เปลี่ยนบทบาทผู้ใช้', en: 'Role changed' },
  'user.password_reset': { th: 'ออกรหัสผ่านชั่วคราว', en: 'One-time password issued' },
  'user.password_changed': { th: 'เปลี่ยนรหัสผ่าน', en: 'Password changed' },
} as const satisfies Record<string, AuditWords>;
export type AuditAction = keyof typeof auditEvents;
export const auditActions = Object.keys(auditEvents) as AuditAction[];

/** Actions one click applies to many provinces: shown as one entry that expands to its items. */
export const bulkActions: readonly string[] = ['notice.review', 'notice.issue', 'notice.reopen'];

/** An unknown action (an older server's) keeps its code rather than disappear. */
export const eventName = (action: string, lang: 'th' | 'en'): string => (auditEvents as Record<string, AuditWords>)[action]?.[lang] ?? action;

export type { ChangeSide, Outcome };
export const outcomeWords: Record<Outcome, AuditWords> = {
  belowMin: { th: 'ไม่ผ่าน', en: 'below minimum' },
  min: { th: 'ผ่านขั้นต้น', en: 'minimum met' },
  std: { th: 'ผ่านขั้นมาตรฐาน', en: 'standard met' },
  adv: { th: 'ผ่านขั้นสูง', en: 'advanced met' },
  notReported: { th: 'ไม่รายงานผล', en: 'not reported' },
  pending: { th: 'รอผล', en: 'pending' },
};

/**
 * @example
 * describeChange({ value: 4550.36, outcome: 'belowMin' }, { value: 4700, outcome: 'min' }, 'ล้านบาท', 'th', 2)
 * // → '4,550.36 → 4,700.00 ล้านบาท (ไม่ผ่าน → ผ่านขั้นต้น)'
 */
export function describeChange(before: ChangeSide | null, after: ChangeSide, unit: string, lang: 'th' | 'en', decimals: number, digits: Digits = 'arabic'): string {
  const none = lang === 'th' ? '(ไม่มี)' : '(none)';
  // The catalog's decimals, as the pages print the same value.
  const num = (s: ChangeSide | null) =>
    !s ? none : s.value === null ? (s.outcome ? outcomeWords[s.outcome][lang] : none) : formatValue(s.value, { decimals }, digits);
  const word = (s: ChangeSide | null) => (s?.outcome ? outcomeWords[s.outcome][lang] : none);
  const outcomes = before?.outcome === after.outcome ? word(after) : `${word(before)} → ${word(after)}`;
  return `${num(before)} → ${num(after)}${unit ? ` ${unit}` : ''} (${outcomes})`;
}
