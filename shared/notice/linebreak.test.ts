import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lineRuns, noticeWords } from './linebreak';
import { NoticeText } from './NoticeText';

const kept = (text: string) => lineRuns(text).filter((r) => r.keep).map((r) => r.text);

describe('lineRuns', () => {
  it('joins the parts ICU splits of every known word', () => {
    expect(kept('ต่ำกว่าค่าเป้าหมายขั้นต้น')).toEqual(['ต่ำกว่า', 'ค่าเป้าหมาย', 'ขั้นต้น']);
    expect(kept('รายได้จากนักท่องเที่ยวและยาเสพติด')).toEqual(['นักท่องเที่ยว', 'ยาเสพติด']);
    expect(kept('ของผู้เยี่ยมเยือนชาวไทย')).toContain('ผู้เยี่ยมเยือน');
  });

  it('keeps a number with its unit, before or after it, in Thai or Arabic digits', () => {
    expect(kept('ได้ ๔๔๙.๒๑ ล้านบาท (ร้อยละ ๖๓.๕๒)')).toEqual(['๔๔๙.๒๑ ล้านบาท', 'ร้อยละ ๖๓.๕๒']);
    expect(kept('ไม่เกิน 30 ต่อพันคน')).toEqual(['ไม่เกิน', '30 ต่อพันคน']);
    expect(kept('อายุ 15-19 ปี')).toEqual(['15-19 ปี']);
    // A unit of several words keeps its first word with the number; the rest may wrap.
    expect(kept('ได้ ๕๓.๐๗ คะแนน WQI แล้ว')).toEqual(['๕๓.๐๗ คะแนน', 'WQI']);
    expect(kept('ร้อยละ ๖๓.๕๒ ของ')).toEqual(['ร้อยละ ๖๓.๕๒']);
    // ปี of ปีงบประมาณ is not a unit.
    expect(kept('๒๕๖๖ ปีงบประมาณ')).not.toContain('๒๕๖๖ ปี');
  });

  it('keeps Latin terms whole and cuts web addresses only after / or ?', () => {
    expect(kept('ระบบ e-Service และฝุ่น PM2.5')).toEqual(['e-Service', 'PM2.5']);
    const url = lineRuns('ดู https://www.opdc.go.th/content/a?id=12 ครับ').filter((r) => r.url).map((r) => r.text);
    expect(url).toEqual(['https://', 'www.opdc.go.th/', 'content/', 'a?', 'id=12']);
  });

  it('gives back the text exactly, whatever it is', () => {
    for (const s of ['', ' ', 'abc', '๑๒๓', 'น้ำ ๓.๕ ล้านบาท\nบรรทัดใหม่', '<script>ค่าเป้าหมาย</script>', 'ร้อยละร้อยละ ๑', ...noticeWords.words]) {
      expect(lineRuns(s).map((r) => r.text).join('')).toBe(s);
    }
  });

  it('never starts or ends a run inside a Thai cluster', () => {
    const text = 'ผลการดำเนินงาน ๔๔๙.๒๑ ล้านบาท คิดเป็นร้อยละ ๖๓.๕๒ ของค่าเป้าหมายขั้นต้น ต่ำกว่าค่าเป้าหมายมาตรฐาน นักท่องเที่ยวชาวไทย';
    for (const r of lineRuns(text)) expect(r.text, r.text).not.toMatch(/^[\u0E31\u0E34-\u0E3A\u0E45\u0E47-\u0E4E\u0E30\u0E32\u0E33]/);
  });
});

describe('NoticeText', () => {
  it('prints kept runs unbreakable with a break allowed between Thai words, and no added character', () => {
    const html = renderToStaticMarkup(createElement(NoticeText, { text: 'ต่ำกว่าค่าเป้าหมายขั้นต้น ๔๔๙.๒๑ ล้านบาท' }));
    expect(html).toBe('<span class="nw">ต่ำกว่า</span><wbr/><span class="nw">ค่าเป้าหมาย</span><wbr/><span class="nw">ขั้นต้น</span> <span class="nw">๔๔๙.๒๑ ล้านบาท</span>');
    expect(html.replace(/<[^>]+>/g, '')).toBe('ต่ำกว่าค่าเป้าหมายขั้นต้น ๔๔๙.๒๑ ล้านบาท');
    expect(renderToStaticMarkup(createElement(NoticeText, { text: 'ไม่มี' }))).toBe('ไม่มี');
  });
});
