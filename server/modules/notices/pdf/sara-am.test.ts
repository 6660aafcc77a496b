import { describe, expect, it } from 'vitest';
import { HIDDEN, clusterGlyphs } from './sara-am';

const roles = (text: string, n: number) => clusterGlyphs(text, n)?.map((g) => `${g.role}:${g.text}`);

describe('clusterGlyphs: the glyphs HarfBuzz draws for a cluster, and what each reads as', () => {
  it.each([
    // SARA AM decomposed: the NIKHAHIT (hidden) first, the SARA AA reads ำ.
    ['ทำ', 3, ['char:ท', `amMark:${HIDDEN}`, 'amVowel:ำ']],
    // With a tone mark, the NIKHAHIT moves before it (HarfBuzz, as Uniscribe) …
    ['น้ำ', 4, ['char:น', `amMark:${HIDDEN}`, 'char:้', 'amVowel:ำ']],
    // … and Sarabun ligates NIKHAHIT + tone into one glyph, which reads the tone.
    ['น้ำ', 3, ['char:น', 'amMarkTone:้', 'amVowel:ำ']],
    ['ค่ำ', 3, ['char:ค', 'amMarkTone:่', 'amVowel:ำ']],
    // No SARA AM: one glyph per character.
    ['ที่', 3, ['char:ท', 'char:ี', 'char:่']],
  ])('%s drawn with %i glyphs', (text, n, expected) => {
    expect(roles(text, n)).toEqual(expected);
    // In reading order the glyphs give back the cluster's text, the hidden NIKHAHIT aside.
    expect(clusterGlyphs(text, n)!.map((g) => g.text).join('').replaceAll(HIDDEN, '')).toBe(text);
  });

  it('gives up when the glyph count fits neither form', () => {
    expect(clusterGlyphs('ทำ', 2)).toBeNull();
    expect(clusterGlyphs('ทำ', 5)).toBeNull();
    expect(clusterGlyphs('ที่', 2)).toBeNull();
  });
});
