import { describe, expect, it } from 'vitest';
import { decodeText, encodeWindows874 } from './decode';

const sample = 'ปีงบประมาณ,รอบ,จังหวัด\r\n2566,6,ตราด\r\n"ผลฯ ๔๔๙.๒๑",ไม่รายงานผล,"a ""b"""\r\n';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', utf8(sample), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]), 'utf-8'],
    ['Windows-874', encodeWindows874(sample), 'windows-874'],
    ['UTF-16LE with BOM', utf16le(sample), 'utf-16le'],
  ] as const)('%s', (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: sample, encoding });
  });

  it('strips only the BOM, and the text does not start with U+FEFF', () => {
    const { text } = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]));
    expect(text).toBe('a');
  });

  it('treats pure ASCII as UTF-8', () => {
    expect(decodeText(utf8('a,b\n1,2'))).toEqual({ text: 'a,b\n1,2', encoding: 'utf-8' });
  });

  it('handles empty input', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('encodeWindows874', () => {
  it('maps ASCII as is and Thai U+0E01–U+0E5B to 0xA1–0xFB', () => {
    expect([...encodeWindows874('A1,')]).toEqual([0x41, 0x31, 0x2c]);
    expect([...encodeWindows874('\u0E01\u0E5B\u0E3F')]).toEqual([0xa1, 0xfb, 0xdf]);
  });

  it('round-trips every encodable character through the platform Windows-874 decoder', () => {
    const chars: string[] = [];
    for (let cp = 0; cp < 0x80; cp++) chars.push(String.fromCharCode(cp));
    for (let cp = 0x0e01; cp <= 0x0e5b; cp++) if (cp < 0x0e3b || cp > 0x0e3e) chars.push(String.fromCharCode(cp));
    chars.push('€', '…', '‘', '’', '“', '”', '•', '–', '—', '\u00a0');
    const text = chars.join('');
    expect(new TextDecoder('windows-874').decode(encodeWindows874(text))).toBe(text);
  });

  it.each(['é', '中', '😀', '\u0E3B', '\u0E5C'])('throws on %s, which Windows-874 cannot hold', (ch) => {
    expect(() => encodeWindows874(`ก${ch}`)).toThrow(RangeError);
  });
});

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
}
