/**
 * The three edit columns observations and recommendations share, as one update: staff's text with
 * who and when, or `null` to remove the edit so the draft stands again (the tables' check keeps the
 * three whole, schema/notices.ts).
 *
 * @example db.update(observations).set(staffEdit('ข้อความใหม่', 'opdc.staff', now)).where(eq(observations.id, id)).run();
 */
export const staffEdit = (text: string | null, actor: string, now: string) => ({
  editedText: text,
  editedBy: text === null ? null : actor,
  editedAt: text === null ? null : now,
});
