import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

function rows(text: string): string[][] {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error.en);
  return r.rows;
}

describe('parseCsv', () => {
  it.each([
    ['simple LF', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['CRLF', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['CR only (old Mac Excel)', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['no final newline', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['mixed line ends', 'a\r\nb\nc\rd', [['a'], ['b'], ['c'], ['d']]],
    ['quoted comma', '"a,b",c', [['a,b', 'c']]],
    ['doubled quotes', '"say ""hi""",x', [['say "hi"', 'x']]],
    ['only a doubled quote', '""""', [['"']]],
    ['embedded LF', '"line1\nline2",x\n1,2', [['line1\nline2', 'x'], ['1', '2']]],
    ['embedded CRLF kept as is', '"l1\r\nl2",x', [['l1\r\nl2', 'x']]],
    ['empty quoted field', '"",a', [['', 'a']]],
    ['empty fields', ',,\n1,,', [['', '', ''], ['1', '', '']]],
    ['trailing delimiter', 'a,', [['a', '']]],
    ['spaces kept (no trimming)', ' a , b ', [[' a ', ' b ']]],
    ['Thai text', 'จังหวัด,ผล\nตราด,๔๔๙.๒๑', [['จังหวัด', 'ผล'], ['ตราด', '๔๔๙.๒๑']]],
    ['stray quote inside unquoted field kept', 'ab"c,d', [['ab"c', 'd']]],
    ['text after closing quote kept', '"ab"c,d', [['abc', 'd']]],
    ['blank line in the middle kept', 'a\n\nb', [['a'], [''], ['b']]],
    ['trailing empty rows dropped', 'a,b\n1,2\n\n,\n,,\r\n', [['a', 'b'], ['1', '2']]],
    ['empty input', '', []],
    ['only newlines', '\n\r\n\n', []],
    ['BOM stripped', '\uFEFFa,b', [['a', 'b']]],
  ])('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    ['comma', 'a,b,c\n1;2,3', ','],
    ['semicolon (European-locale Excel)', 'a;b;c\n1,5;2;3', ';'],
    ['tab (Excel "Text")', 'a\tb\tc\n1,5\t2\t3', '\t'],
    ['delimiters inside quotes do not count', '"a;b;c;d",x,y\n1,2,3', ','],
    ['no delimiter at all → comma', 'abc\ndef', ','],
    ['tie → comma', 'a,b;c\n1', ','],
  ])('detects the delimiter: %s', (_name, text, delimiter) => {
    const r = parseCsv(text);
    expect(r.ok && r.delimiter).toBe(delimiter);
  });

  it('splits on the detected delimiter only', () => {
    expect(rows('a;b\n1,5;2')).toEqual([['a', 'b'], ['1,5', '2']]);
  });

  it('honours an Excel "sep=" first line and skips it', () => {
    expect(parseCsv('sep=;\r\na;b\r\n1,5;2')).toEqual({ ok: true, delimiter: ';', rows: [['a', 'b'], ['1,5', '2']] });
  });

  it('reports an unterminated quote with its row and line, in Thai and English', () => {
    const r = parseCsv('a,b\n"x\ny",2\n3,"never closed\n4,5\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'CSV_UNTERMINATED_QUOTE', row: 3, line: 4 });
    expect(r.error.th).toContain('แถวที่ 3');
    expect(r.error.en).toContain('Row 3');
  });

  it('reports an unterminated quote on the first row', () => {
    const r = parseCsv('"abc');
    expect(r).toMatchObject({ ok: false, error: { row: 1, line: 1 } });
  });

  it('parses a large generated file consistently (100k rows × 10 columns)', () => {
    const line = Array.from({ length: 10 }, (_, c) => (c === 3 ? '"ตราด, ""x"""' : `v${c}`)).join(',');
    const text = `${Array.from({ length: 100_000 }, () => line).join('\r\n')}\r\n`;
    const r = parseCsv(text);
    expect(r.ok && r.rows.length).toBe(100_000);
    expect(r.ok && r.rows[99_999]![3]).toBe('ตราด, "x"');
  });
});
