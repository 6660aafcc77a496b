import { describe, expect, it } from 'vitest';
import { bulletScale } from './bullet';

describe('bulletScale: better is always to the right', () => {
  it('higher is better: targets left to right min < std < adv, a failing result left of min', () => {
    const s = bulletScale({ min: 707.14, std: 744.34, adv: 802.25 }, 'higher', 449.21);
    expect(s.pos(449.21)).toBeLessThan(s.pos(707.14));
    expect(s.pos(707.14)).toBeLessThan(s.pos(744.34));
    expect(s.pos(744.34)).toBeLessThan(s.pos(802.25));
    expect(s.bands.map((b) => b.band)).toEqual(['belowMin', 'min', 'std', 'adv']);
    expect(s.bands[0]!.from).toBe(0);
    expect(s.bands[3]!.to).toBe(1);
  });

  it('lower is better: the lowest target (advanced) is rightmost; a result above the minimum is left of it', () => {
    const s = bulletScale({ min: 30, std: 28, adv: 25 }, 'lower', 31.5);
    expect(s.pos(31.5)).toBeLessThan(s.pos(30));
    expect(s.pos(30)).toBeLessThan(s.pos(28));
    expect(s.pos(28)).toBeLessThan(s.pos(25));
  });

  it('positions stay within 0–1 and equal targets do not divide by zero', () => {
    const s = bulletScale({ min: 5, std: 5, adv: 5 }, 'higher', 5);
    for (const v of [-100, 0, 5, 1e9]) {
      expect(s.pos(v)).toBeGreaterThanOrEqual(0);
      expect(s.pos(v)).toBeLessThanOrEqual(1);
    }
    expect(Number.isFinite(s.pos(5))).toBe(true);
  });
});
