/**
 * The province's own account of what it did (the import's `note`, "ผลการดำเนินงาน"), made fit to open
 * an observation as the seed's does: "ในช่วง ๖ เดือนที่ผ่านมาจังหวัดได้ดำเนินการ …". Pure.
 *
 * A note is a data-source remark, not an account, when it starts with ที่มา / แหล่งข้อมูล /
 * แหล่งที่มา / ข้อมูล (ข้อมูลจาก…, ข้อมูล ณ…, ข้อมูลสำนักงาน…) / หมายเหตุ / Source, or is marked
 * "[ที่มา]": those say where a number came from, not what the province did, so they never become the
 * observation's opening. (The demo data's remarks read "ข้อมูลสำนักงานการท่องเที่ยวและกีฬาจังหวัด
 * ต.ค. 2565 - มี.ค. 2566"; an account names work done and does not start with the noun ข้อมูล.)
 */
const SOURCE_WORDS = String.raw`\[ที่มา\]|ที่มา|แหล่งข้อมูล|แหล่งที่มา|ข้อมูล|หมายเหตุ|source\b|data source\b`;
const SOURCE_REMARK = new RegExp(String.raw`^\s*(?:${SOURCE_WORDS})`, 'i');

/** Words the opening already says ("จังหวัดได้ดำเนินการ"), taken off the front of an account. */
const LEADING = /^(?:ในช่วง\s*\S+\s*เดือนที่ผ่านมา\s*)?(?:จังหวัด(?:\S*?)?)?(?:ได้)?ดำเนินการ\s*/;

export const ACCOUNT_MAX_WORDS = 35;

const words = (s: string) => [...new Intl.Segmenter('th', { granularity: 'word' }).segment(s)].filter((x) => x.isWordLike).length;

export const isSourceRemark = (note: string) => SOURCE_REMARK.test(note);

/** A source remark in brackets at the end of an account ("… ไปแล้ว (ข้อมูลสำนักงาน… ต.ค. 2565 - มี.ค. 2566)"): not part of it. */
const TRAILING_SOURCE = new RegExp(String.raw`\s*\((?:${SOURCE_WORDS})[^()]*\)\s*$`, 'i');

/** The opening adds its own "ไปแล้ว" after the account, so the account must not end with one. */
const withoutDone = (s: string) => s.replace(/[\s.。]+$/, '').replace(/ไปแล้ว$/, '').trim();

/**
 * The account shortened to whole clauses (Thai separates clauses with a space) of at most
 * `maxWords` words in all; a first clause longer than that is cut at a word boundary
 * (Intl.Segmenter), never inside a word. Null for a source remark or an empty note.
 *
 * @example
 * accountOf('จังหวัดได้ดำเนินการประชาสัมพันธ์การท่องเที่ยว จัดกิจกรรมส่งเสริมการท่องเที่ยวเชิงกีฬา')
 * // 'ประชาสัมพันธ์การท่องเที่ยว จัดกิจกรรมส่งเสริมการท่องเที่ยวเชิงกีฬา'
 */
export function accountOf(note: string | null, maxWords = ACCOUNT_MAX_WORDS): string | null {
  if (!note || isSourceRemark(note)) return null;
  const text = withoutDone(note.replace(/\s+/g, ' ').trim().replace(LEADING, '').replace(TRAILING_SOURCE, ''));
  if (!text) return null;
  const clauses = text.split(' ');
  let out = '';
  for (const c of clauses) {
    const next = out ? `${out} ${c}` : c;
    if (words(next) > maxWords) break;
    out = next;
  }
  if (!out) {
    // One clause longer than the limit: keep its first whole words.
    const segs = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(clauses[0]!)];
    let n = 0;
    for (const s of segs) {
      if (s.isWordLike && ++n > maxWords) break;
      out += s.segment;
    }
  }
  // Cut to whole clauses, the account may now end where a ไปแล้ว was followed by more.
  return withoutDone(out);
}
