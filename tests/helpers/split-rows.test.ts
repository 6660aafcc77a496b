/**
 * The split-row comparison must be able to fail: each broken print below (a lost, doubled or reordered
 * piece) is refused, and the prints a page break really makes are accepted.
 */
import { describe, expect, it } from 'vitest';
import { splitRowMismatches, wholeOrSplitOnce } from './split-rows';

describe('wholeOrSplitOnce', () => {
  it.each([
    ['whole', 'xxabcdefyy', 'abcdef'],
    ['two pieces in order, other cells between', 'abc|other cell|-2-|def', 'abcdef'],
    ['split after the first character', 'a|page 2|bcdef', 'abcdef'],
    ['head repeated earlier, tail after its last copy', 'abc…abc|x|def', 'abcdef'],
  ])('accepts %s', (_, printed, node) => {
    expect(wholeOrSplitOnce(printed, node)).toBe(true);
  });

  it.each([
    ['the tail before the head', 'def|x|abc', 'abcdef'],
    ['a character lost at the break', 'abc|x|ef', 'abcdef'],
    ['three pieces', 'ab|x|cd|y|ef', 'abcdef'],
    ['the head twice and no tail', 'abc|x|abc', 'abcdef'],
    ['absent', 'nothing like it', 'abcdef'],
  ])('refuses %s', (_, printed, node) => {
    expect(wholeOrSplitOnce(printed, node)).toBe(false);
  });
});

describe('splitRowMismatches', () => {
  const nodes = ['ผลการดำเนินงาน', '๔๔๙.๒๑', 'ล้านบาท'];

  it('accepts the HTML text split once at a page break, with a footer taken out', () => {
    const printed = 'ผลการดำ' + '-๒-' + 'เนินงาน๔๔๙.๒๑ล้านบาท';
    expect(splitRowMismatches(printed, nodes, [/-[๐-๙]+-/g])).toEqual([]);
  });

  it('names a doubled character, a lost one and one the HTML lacks', () => {
    expect(splitRowMismatches('ผลการดำเนินงาน๔๔๔๙.๒๑ล้านบาท', nodes)).toEqual(['"๔" 2 times in the HTML, 3 in the PDF']);
    expect(splitRowMismatches('ผลการดำเนินงาน๔๔๙.๒ล้านบาท', nodes)).toContain('"๑" 1 times in the HTML, 0 in the PDF');
    expect(splitRowMismatches('ผลการดำเนินงาน๔๔๙.๒๑ล้านบาทX', nodes)).toEqual(['"X" 1 times in the PDF only']);
  });

  it('refuses the same characters with a node reordered (the old per-piece check let this through)', () => {
    // Every character once, but "เนินงาน" printed before "ผลการดำ": no page break prints a row's tail first.
    const printed = 'เนินงาน๔๔๙.๒๑ผลการดำล้านบาท';
    expect(splitRowMismatches(printed, nodes)).toEqual(['not found whole or in two pieces: ผลการดำเนินงาน']);
  });
});
