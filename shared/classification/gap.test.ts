import { describe, it, expect } from 'vitest';
import { gapToTarget, InvalidResultError, InvalidTargetsError, shareOfTarget } from './index';

const seed = { min: 707.14, std: 744.34, adv: 802.25 };
const down = { min: 30, std: 25, adv: 20 };

describe('gapToTarget', () => {
  it('seed example: how far 449.21 is from the minimum target', () => {
    const g = gapToTarget(seed, 'higher', 449.21, 'min');
    expect(g.reached).toBe(false);
    expect(g.absolute).toBeCloseTo(257.93, 9);
    expect(g.percent).toBeCloseTo((257.93 / 707.14) * 100, 9);
  });
  it.each([
    ['higher', { min: 10, std: 20, adv: 40 }, 15, 'std', 5, 25, false],
    ['higher', { min: 10, std: 20, adv: 40 }, 20, 'std', 0, 0, true],
    ['higher', { min: 10, std: 20, adv: 40 }, 25, 'std', 0, 0, true],
    ['higher', { min: 10, std: 20, adv: 40 }, 15, 'adv', 25, 62.5, false],
    ['lower', down, 28, 'std', 3, 12, false],
    ['lower', down, 25, 'std', 0, 0, true],
    ['lower', down, 10, 'adv', 0, 0, true],
    ['lower', down, 31, 'min', 1, 100 / 30, false],
    ['higher', { min: -10, std: -5, adv: 0 }, -12, 'min', 2, 20, false],
  ] as const)('%s %o, result %s vs %s → %s (%s%%), reached %s', (direction, targets, value, which, abs, pct, reached) => {
    const g = gapToTarget(targets, direction, value, which);
    expect(g.absolute).toBeCloseTo(abs, 9);
    expect(g.percent).toBeCloseTo(pct, 9);
    expect(g.reached).toBe(reached);
  });
  it('percent is null when the target is 0', () => {
    expect(gapToTarget({ min: 5, std: 2, adv: 0 }, 'lower', 3, 'adv')).toEqual({ absolute: 3, percent: null, reached: false });
    expect(gapToTarget({ min: 0, std: 1, adv: 2 }, 'higher', 0, 'min')).toEqual({ absolute: 0, percent: null, reached: true });
  });
  it('throws on bad targets or a non-finite result', () => {
    expect(() => gapToTarget({ min: 3, std: 2, adv: 1 }, 'higher', 1, 'min')).toThrow(InvalidTargetsError);
    expect(() => gapToTarget(seed, 'higher', Number.NaN, 'min')).toThrow(InvalidResultError);
  });
});

describe('shareOfTarget', () => {
  it.each([
    ['higher', 50, 200, 25],
    ['higher', 200, 200, 100],
    ['higher', 300, 200, 150],
    ['lower', 40, 30, 75],
    ['lower', 30, 30, 100],
    ['lower', 15, 30, 200],
  ] as const)('%s: %s of target %s → %s%%', (direction, value, target, expected) => {
    expect(shareOfTarget(direction, value, target)).toBeCloseTo(expected, 9);
  });
  it('seed example', () => {
    expect(shareOfTarget('higher', 449.21, 707.14)).toBeCloseTo(63.5249, 3);
  });
  it('null on zero', () => {
    expect(shareOfTarget('higher', 5, 0)).toBeNull();
    expect(shareOfTarget('lower', 0, 5)).toBeNull();
    expect(shareOfTarget('higher', 0, 5)).toBe(0);
  });
  it('throws on non-finite input', () => {
    expect(() => shareOfTarget('higher', Infinity, 5)).toThrow(InvalidResultError);
    expect(() => shareOfTarget('lower', 5, Number.NaN)).toThrow(InvalidResultError);
  });
});
