import { describe, expect, it } from 'vitest';
import { accountOf, isSourceRemark } from './account';

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const wordsOf = (s: string) => [...segmenter.segment(s)].filter((x) => x.isWordLike).map((x) => x.segment);

describe('accountOf', () => {
  it('drops what the opening already says and the trailing ไปแล้ว', () => {
    expect(accountOf('จังหวัดได้ดำเนินการประชาสัมพันธ์การท่องเที่ยว จัดกิจกรรมส่งเสริมการท่องเที่ยวเชิงกีฬาไปแล้ว')).toBe('ประชาสัมพันธ์การท่องเที่ยว จัดกิจกรรมส่งเสริมการท่องเที่ยวเชิงกีฬา');
    expect(accountOf('ดำเนินการจัดงานแสดงสินค้า')).toBe('จัดงานแสดงสินค้า');
  });

  it('drops a bracketed source remark at the end, and the ไปแล้ว before it (the demo data\'s อ่างทอง note, as the seed writes it)', () => {
    const note = 'ในช่วง ๖ เดือนที่ผ่านมาจังหวัดได้ดำเนินการประชาสัมพันธ์การท่องเที่ยว จัดกิจกรรมส่งเสริมการท่องเที่ยวเชิงกีฬา การส่งเสริมการท่องเที่ยวโดยชุมชน และสร้างความร่วมมือกับเครือข่ายด้านการท่องเที่ยวไปแล้ว (ข้อมูลสำนักงานการท่องเที่ยวและกีฬาจังหวัด ต.ค. 2565 - มี.ค. 2566)';
    const account = 'ประชาสัมพันธ์การท่องเที่ยว จัดกิจกรรมส่งเสริมการท่องเที่ยวเชิงกีฬา การส่งเสริมการท่องเที่ยวโดยชุมชน และสร้างความร่วมมือกับเครือข่ายด้านการท่องเที่ยว';
    expect(accountOf(note)).toBe(account);
    // Cut to fewer clauses, what is left never ends with ไปแล้ว either.
    expect(accountOf('จัดอบรมไปแล้ว ออกร้านจำหน่ายสินค้าในงานกาชาด', wordsOf('จัดอบรมไปแล้ว').length)).toBe('จัดอบรม');
  });

  it('keeps whole clauses up to the word limit', () => {
    const note = 'จัดอบรมผู้ประกอบการ ออกร้านจำหน่ายสินค้าในงานกาชาด ประสานห้างสรรพสินค้าในจังหวัด';
    const two = 'จัดอบรมผู้ประกอบการ ออกร้านจำหน่ายสินค้าในงานกาชาด';
    expect(accountOf(note, wordsOf(two).length)).toBe(two);
    expect(accountOf(note, wordsOf(two).length + 1)).toBe(two); // the third clause does not fit whole
    expect(accountOf(note, 100)).toBe(note);
  });

  it('a first clause longer than the limit is cut between words, never inside one', () => {
    const note = 'ประชาสัมพันธ์การท่องเที่ยวผ่านสื่อสังคมออนไลน์และสื่อท้องถิ่นอย่างต่อเนื่องทุกเดือน';
    const out = accountOf(note, 5)!;
    expect(note.startsWith(out)).toBe(true);
    expect(wordsOf(out)).toEqual(wordsOf(note).slice(0, 5));
  });

  it('source remarks and empty notes are not accounts', () => {
    for (const n of ['ที่มา: สำนักงานพาณิชย์จังหวัด', 'แหล่งข้อมูล กรมการพัฒนาชุมชน', 'ข้อมูลจากระบบ CPM', 'ข้อมูล ณ 31 มีนาคม 2566', 'ข้อมูลสำนักงานการท่องเที่ยวและกีฬาจังหวัด ต.ค. 2565 - มี.ค. 2566', '[ที่มา] กรมควบคุมมลพิษ', 'source: DOPA']) {
      expect(isSourceRemark(n), n).toBe(true);
      expect(accountOf(n), n).toBeNull();
    }
    expect(accountOf('   ')).toBeNull();
    expect(accountOf(null)).toBeNull();
  });
});
