import { describe, expect, it } from 'vitest';
import { safeFileName, stripInvisible, unwantedCharacter } from './text-rules';
import { TypedText } from './contracts/text';

describe('text rules', () => {
  it.each([
    ['NUL', 'a\u0000b', 'control'],
    ['a C1 control', 'a\u0085b', 'control'],
    ['a bidi override', 'a\u202Eb', 'bidi'],
    ['an isolate', '\u2067a\u2069', 'bidi'],
    ['a right-to-left mark', 'a\u200Fb', 'bidi'],
    ['a zero-width space', 'ก\u200Bข', 'zeroWidth'],
    ['plain Thai with line breaks and tabs', 'ผลดี\r\n\tมาก', null],
  ])('unwantedCharacter finds %s', (_n, s, found) => expect(unwantedCharacter(s)).toBe(found));

  it('allows zero-width spaces where asked, and refuses line breaks in single-line text', () => {
    expect(unwantedCharacter('ก\u200Bข', { allowZeroWidth: true })).toBeNull();
    expect(unwantedCharacter('a\nb', { singleLine: true })).toBe('control');
  });

  it('stripInvisible keeps line ends and tabs for the caller to fold, and leaves clean text as it is', () => {
    expect(stripInvisible('a\u0000\u202Eb\u200B\nc\td')).toBe('ab\nc\td');
    const clean = 'อ่างทอง 🙂🇹🇭';
    expect(stripInvisible(clean)).toBe(clean);
  });

  it.each([
    ['C:\\Users\\a\\รอบ 6.xlsx', 'รอบ 6.xlsx'],
    ['a\r\nSet-Cookie: x.csv', 'a_Set-Cookie: x.csv'],
    ['report\u202Excsv.pdf', 'report_xcsv.pdf'],
    ['..', 'upload'],
    ['', 'upload'],
  ])('safeFileName(%j) is %j', (name, safe) => expect(safeFileName(name)).toBe(safe));

  it('TypedText refuses with a Thai and English reason', () => {
    const r = TypedText(50).safeParse('a\u202Eb');
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/bidirectional.*ทิศทาง/);
    expect(TypedText(3).safeParse('abcd').success).toBe(false);
    expect(TypedText(50).safeParse('ผลดี\nมาก').success).toBe(true);
  });
});
