/**
 * A status or level phrase in a table cell, broken only between words: the notice's Thai line breaking
 * (shared/notice/linebreak.ts) keeps ค่าเป้าหมาย, ขั้นต้น… whole, where the browser's dictionary broke
 * "ผ่านค่าเป้า/หมายขั้น/ต้น" (issue 13). English text passes through unchanged.
 */
import { NoticeText } from '../../shared/notice/NoticeText';

export function PhraseText({ text }: { text: string }) {
  return <NoticeText text={text} />;
}
