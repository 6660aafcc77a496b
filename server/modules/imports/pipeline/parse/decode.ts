/**
 * Turn an uploaded CSV's bytes into text. Thai Excel saves "CSV" in Windows-874 (TIS-620 plus a
 * few punctuation marks) unless the user picks "CSV UTF-8", and "Unicode Text" is UTF-16LE, so
 * all three turn up in provincial uploads.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decode bytes, detecting the encoding: a UTF-8 BOM (stripped), a UTF-16LE BOM, otherwise strict
 * UTF-8, and if that fails Windows-874. Strict UTF-8 first is safe because Windows-874 Thai
 * text is almost never valid UTF-8: the letters ก–ฟ are bytes 0xA1–0xBF, which UTF-8 allows only
 * as continuation bytes, so any real sheet trips the strict decoder within a few words. (A file
 * of only a couple of letters such as 'รก' could be misread; uploads are never that short.)
 *
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { text: 'a', encoding: 'utf-8' }
 * decodeText(encodeWindows874('ตราด'))                 // { text: 'ตราด', encoding: 'windows-874' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // The BOM declares UTF-8; a broken byte after it becomes U+FFFD rather than a misguess.
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
  }
}

/** Windows-874 bytes 0x80–0xA0 that are not Thai letters (WHATWG index). */
const PUNCTUATION: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], // €
  [0x2026, 0x85], // …
  [0x2018, 0x91], // ‘
  [0x2019, 0x92], // ’
  [0x201c, 0x93], // “
  [0x201d, 0x94], // ”
  [0x2022, 0x95], // •
  [0x2013, 0x96], // –
  [0x2014, 0x97], // —
  [0x00a0, 0xa0], // no-break space
]);

/**
 * Encode text as Windows-874: ASCII as is, Thai U+0E01–U+0E5B as 0xA1–0xFB (byte = cp − 0x0E01
 * + 0xA1), plus the few punctuation marks Windows-874 adds. Throws on anything else, including
 * the unassigned U+0E3B–U+0E3E, because silently writing '?' would hide a bug in the demo
 * generator or a test. Not for user input, so throwing is right here.
 *
 * @example
 * encodeWindows874('ก1') // Uint8Array [0xa1, 0x31]
 */
export function encodeWindows874(text: string): Uint8Array {
  const out = new Uint8Array(text.length); // every encodable char is one UTF-16 unit and one byte
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    let byte: number | undefined;
    if (cp < 0x80) byte = cp;
    else if (cp >= 0x0e01 && cp <= 0x0e5b && !(cp >= 0x0e3b && cp <= 0x0e3e)) byte = cp - 0x0e01 + 0xa1;
    else byte = PUNCTUATION.get(cp);
    if (byte === undefined) {
      const shown = String.fromCodePoint(text.codePointAt(i) ?? cp);
      throw new RangeError(
        `encodeWindows874: "${shown}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')}) at index ${i} has no Windows-874 byte`,
      );
    }
    out[i] = byte;
  }
  return out;
}
