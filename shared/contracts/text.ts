/**
 * Typed text in JSON bodies (observation edits, recommendations, account names): refused with a
 * 422 naming the field when it holds NUL or other controls, bidi controls, or (in names) zero-width
 * characters — the rules are in shared/text-rules.ts. Refused rather than removed: a person typed
 * this text in our own form, so a hidden character is a paste accident or an attack, and saying so
 * beats silently storing something other than what was sent.
 */
import { z } from 'zod';
import { unwantedCharacter } from '../text-rules';

const messages = {
  control: 'contains control characters (such as NUL) / มีอักขระควบคุม (เช่น NUL) ซึ่งไม่อนุญาต',
  bidi: 'contains bidirectional control characters that can make the text display differently from what it says / มีอักขระควบคุมทิศทางข้อความ ซึ่งทำให้ข้อความแสดงผลต่างจากที่บันทึก',
  zeroWidth: 'contains invisible zero-width characters / มีอักขระที่มองไม่เห็น (zero-width)',
} as const;

/**
 * A string of at most `max` characters without unwanted invisible characters.
 *
 * @example
 * TypedText(120, { singleLine: true }).safeParse('สมชาย \u202Egnp.exe').success // false
 */
export function TypedText(max: number, opts: { allowZeroWidth?: boolean; singleLine?: boolean } = {}) {
  return z
    .string()
    .max(max)
    .superRefine((s, ctx) => {
      const found = unwantedCharacter(s, opts);
      if (found) ctx.addIssue({ code: 'custom', message: messages[found] });
    });
}
