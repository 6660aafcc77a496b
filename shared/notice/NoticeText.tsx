/**
 * A notice's text with its line breaks decided here rather than by the browser's dictionary (see
 * linebreak.ts): known words, numbers with their unit and pieces of web addresses are `.nw` spans
 * (`white-space: nowrap`, in notice-document.css), and a `<wbr>` marks the break allowed at the edge
 * of a span where a Thai word starts, or after a web address's "/" or "?". `<wbr>` adds no character,
 * so the text read back from the page or the PDF is the text given.
 */
import { Fragment, type ReactNode } from 'react';
import { lineRuns } from './linebreak';

/** A character a Thai word can start with: a consonant or a leading vowel (never a mark). */
const WORD_START = /^[\u0E01-\u0E2E\u0E40-\u0E44]/;
const THAI_END = /[\u0E01-\u0E4E]$/;

/**
 * @example
 * <NoticeText text="ต่ำกว่าค่าเป้าหมายขั้นต้น" /> // <span class="nw">ต่ำกว่า</span><wbr/><span class="nw">ค่าเป้าหมาย</span>…
 */
export function NoticeText({ text }: { text: string }): ReactNode {
  const runs = lineRuns(text);
  if (runs.length === 1 && !runs[0]!.keep) return text;
  return runs.map((run, i) => {
    if (!run.keep) return <Fragment key={i}>{run.text}</Fragment>;
    const prev = runs[i - 1]?.text ?? '';
    const breakBefore = THAI_END.test(prev) && WORD_START.test(run.text);
    const next = runs[i + 1]?.text ?? '';
    const breakAfter = run.url ? next !== '' : THAI_END.test(run.text) && WORD_START.test(next) && !runs[i + 1]!.keep;
    return (
      <Fragment key={i}>
        {breakBefore && <wbr />}
        <span className="nw">{run.text}</span>
        {breakAfter && <wbr />}
      </Fragment>
    );
  });
}
