/**
 * Where a notice's text may break at a line end. Chromium breaks Thai with ICU's dictionary, which
 * splits compounds it does not know (ค่าเป้า|หมาย, ขั้น|ต้น, ร้อย|ละ, นักท่อง|เที่ยว, ล้าน|บาท) and breaks
 * after the hyphen of e-Service. So the text is cut into runs before printing: a `keep` run is printed
 * unbreakable (a known word from the domain list, a number with its unit, a hyphenated Latin term, a
 * piece of a web address), every other run is left to the browser. The same runs serve the screen page
 * and the PDF (`NoticeText`). Pure; the word list is data (data/notice/thai-words.json).
 */
import provinces from '../../data/provinces.json';
import wordData from '../../data/notice/thai-words.json';

export interface LineRun {
  text: string;
  /** Printed without a break inside; a break is allowed at its edges where a word starts. */
  keep: boolean;
  /** A piece of a web address: a break is allowed after it (it ends at "/" or "?"). */
  url?: boolean;
}

export interface WordList {
  words: readonly string[];
  unitsAfter: readonly string[];
  unitsBefore: readonly string[];
}

export const noticeWords: WordList = {
  words: [...wordData.words, ...provinces.provinces.map((p) => p.nameTh)],
  unitsAfter: wordData.unitsAfter,
  unitsBefore: wordData.unitsBefore,
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
const NUMBER = '[0-9๐-๙]+(?:[.,][0-9๐-๙]+)*(?:-[0-9๐-๙]+(?:[.,][0-9๐-๙]+)*)?';

interface Compiled {
  /** Web addresses, numbers with a unit, Latin terms with a hyphen or digits (PM2.5, e-Service). */
  protectedRe: RegExp;
  /** Known words by their first character, longest first. */
  byFirst: Map<string, string[]>;
}

const compiled = new WeakMap<WordList, Compiled>();

function compile(list: WordList): Compiled {
  let c = compiled.get(list);
  if (c) return c;
  const after = [...list.unitsAfter].sort(byLength).map(escapeRe).join('|');
  const before = [...list.unitsBefore].sort(byLength).map(escapeRe).join('|');
  const quantity = `(?:(?:${before})[ \\u00a0])?${NUMBER}(?:[ \\u00a0]?(?:${after}))?`;
  const url = `https?://[^\\s<>"“”]+`;
  const latin = `[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)+|[A-Za-z]+[0-9]+(?:\\.[0-9]+)?`;
  const byFirst = new Map<string, string[]>();
  for (const w of new Set(list.words)) byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w]);
  for (const ws of byFirst.values()) ws.sort(byLength);
  c = { protectedRe: new RegExp(`(${url})|(${latin})|(${quantity})`, 'g'), byFirst };
  compiled.set(list, c);
  return c;
}

let segmenter: Intl.Segmenter | undefined;
const words = (text: string) => (segmenter ??= new Intl.Segmenter('th', { granularity: 'word' })).segment(text);

/** The quantity without a unit that does not end a word (ปี is a unit, not the ปี of ปีงบประมาณ). */
function wholeQuantity(text: string, start: number, match: string, list: WordList): string {
  const end = start + match.length;
  if (!/[\u0E01-\u0E4E]/.test(text[end] ?? '')) return match;
  const unit = list.unitsAfter.find((u) => match.endsWith(u));
  if (!unit) return match;
  const from = Math.max(start, end - unit.length - 20);
  for (const s of words(text.slice(from, end + 30))) if (from + s.index === end) return match;
  return match.slice(0, -unit.length).trimEnd();
}

/** Thai text cut at ICU's word boundaries, with the parts of each known word joined into one run. */
function thaiRuns(text: string, c: Compiled, out: LineRun[]) {
  const starts = [...words(text)].map((s) => s.index);
  starts.push(text.length);
  let k = 0;
  while (k < starts.length - 1) {
    const p = starts[k]!;
    const word = c.byFirst.get(text[p]!)?.find((w) => text.startsWith(w, p));
    // The run ends at the first ICU boundary at or after the word's end, so it never ends inside a word.
    let j = k + 1;
    if (word) while (starts[j]! < p + word.length) j++;
    const piece = text.slice(p, starts[j]);
    if (word && j - k > 1) out.push({ text: piece, keep: true });
    else if (out.length && !out[out.length - 1]!.keep) out[out.length - 1]!.text += piece;
    else out.push({ text: piece, keep: false });
    k = j;
  }
}

/**
 * A number with a unit of several words ("๕๓.๐๗ คะแนน WQI") keeps the number with the unit's first
 * word; the unit's later words may go to the next line (a narrow result column cannot hold the whole).
 */
function unitWords(quantity: string): LineRun[] {
  const parts = quantity.split(/([ \u00a0]+)/);
  let number = -1;
  parts.forEach((p, i) => /[0-9๐-๙]/.test(p) && (number = i));
  const head = number + 3; // the number, the space after it, the unit's first word
  if (number < 0 || head >= parts.length) return [{ text: quantity, keep: true }];
  return [{ text: parts.slice(0, head).join(''), keep: true }, ...parts.slice(head).filter(Boolean).map((p) => ({ text: p, keep: !/^[ \u00a0]+$/.test(p) }))];
}

/**
 * The text as runs, in order; joining their `text` gives back the input exactly.
 *
 * @example
 * lineRuns('ต่ำกว่าค่าเป้าหมายขั้นต้น ๔๔๙.๒๑ ล้านบาท').filter((r) => r.keep).map((r) => r.text)
 * // ['ต่ำกว่า', 'ค่าเป้าหมาย', 'ขั้นต้น', '๔๔๙.๒๑ ล้านบาท']
 */
export function lineRuns(text: string, list: WordList = noticeWords): LineRun[] {
  const c = compile(list);
  const out: LineRun[] = [];
  let last = 0;
  for (const m of text.matchAll(c.protectedRe)) {
    const [found, url, latin] = m;
    const all = url || latin ? found : wholeQuantity(text, m.index, found, list);
    // A bare number without a unit is left to the browser (it does not break inside digits anyway).
    if (!url && !latin && !/[^0-9๐-๙.,\-]/.test(all)) continue;
    if (m.index > last) thaiRuns(text.slice(last, m.index), c, out);
    if (url) for (const piece of all.match(/[^/?]*(?:[/?]+|$)/g)!.filter(Boolean)) out.push({ text: piece, keep: true, url: true });
    else if (latin) out.push({ text: all, keep: true });
    else out.push(...unitWords(all));
    last = m.index + all.length;
  }
  if (last < text.length) thaiRuns(text.slice(last), c, out);
  return out;
}
