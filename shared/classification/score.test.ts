import { describe, it, expect } from 'vitest';
import {
  assertScale,
  classify,
  defaultScale,
  opdcScale70,
  pointsOfLevel,
  scales,
  scoreOf,
} from './index';
import type { ScoreScale } from './index';

const up = { min: 100, std: 200, adv: 400 };
const down = { min: 40, std: 30, adv: 10 }; // e.g. teenage birth rate per 1,000 (lower is better)

describe('scales', () => {
  it('default is opdc-50-75-100; the alternative reads 70 at std', () => {
    expect(defaultScale).toEqual({ id: 'opdc-50-75-100', min: 50, std: 75, adv: 100 });
    expect(opdcScale70).toEqual({ id: 'opdc-50-70-100', min: 50, std: 70, adv: 100 });
    expect(scales['opdc-50-75-100']).toBe(defaultScale);
    expect(scales['opdc-50-70-100']).toBe(opdcScale70);
    for (const [id, s] of Object.entries(scales)) expect(s.id).toBe(id);
  });
  it('assertScale refuses disordered, negative or non-finite points', () => {
    const bad: ScoreScale[] = [
      { id: 'a', min: 80, std: 75, adv: 100 },
      { id: 'b', min: -1, std: 75, adv: 100 },
      { id: 'c', min: 50, std: 75, adv: Number.NaN },
      { id: 'd', min: 50, std: 75, adv: Infinity },
    ];
    for (const s of bad) expect(() => assertScale(s)).toThrow(RangeError);
    expect(() => scoreOf(up, 'higher', 'quantity', 150, bad[0])).toThrow(RangeError);
  });
  it('pointsOfLevel', () => {
    expect(['belowMin', 'min', 'std', 'adv'].map((l) => pointsOfLevel(l as never))).toEqual([0, 50, 75, 100]);
  });
});

describe('scoreOf, quantity, higher (100 / 200 / 400)', () => {
  it.each([
    [-50, 0],
    [0, 0],
    [99.99, 0],
    [100, 50],
    [150, 62.5],
    [175, 68.75],
    [200, 75],
    [300, 87.5],
    [400, 100],
    [401, 100],
    [1e12, 100],
  ])('%s → %s', (value, expected) => {
    expect(scoreOf(up, 'higher', 'quantity', value)).toBeCloseTo(expected, 9);
  });
});

describe('scoreOf, quantity, lower (40 / 30 / 10) mirrors higher', () => {
  it.each([
    [41, 0],
    [40, 50],
    [35, 62.5],
    [30, 75],
    [20, 87.5],
    [10, 100],
    [0, 100],
    [-5, 100],
  ])('%s → %s', (value, expected) => {
    expect(scoreOf(down, 'lower', 'quantity', value)).toBeCloseTo(expected, 9);
  });
});

describe('scoreOf with the 50-70-100 scale', () => {
  it.each([
    [100, 50],
    [150, 60],
    [200, 70],
    [300, 85],
    [400, 100],
    [500, 100],
  ])('%s → %s', (value, expected) => {
    expect(scoreOf(up, 'higher', 'quantity', value, opdcScale70)).toBeCloseTo(expected, 9);
  });
  it('classify passes the scale through', () => {
    const c = classify({ targets: up, direction: 'higher', kind: 'quantity', result: { kind: 'value', value: 150 } }, opdcScale70);
    expect(c.score).toBeCloseTo(60, 9);
  });
});

describe('scoreOf, equal targets never divide by zero', () => {
  it.each([
    [{ min: 5, std: 5, adv: 9 }, 5, 75],
    [{ min: 5, std: 5, adv: 9 }, 7, 87.5],
    [{ min: 5, std: 9, adv: 9 }, 7, 62.5],
    [{ min: 5, std: 9, adv: 9 }, 9, 100],
    [{ min: 5, std: 5, adv: 5 }, 5, 100],
    [{ min: 0, std: 0, adv: 0 }, 0, 100],
  ])('%o, result %s → %s', (targets, value, expected) => {
    const s = scoreOf(targets, 'higher', 'quantity', value);
    expect(Number.isFinite(s)).toBe(true);
    expect(s).toBeCloseTo(expected, 9);
  });
});

describe('scoreOf, level kind: points of the highest level reached (no interpolation)', () => {
  it.each([
    [0, 0],
    [1, 50],
    [2, 50],
    [3, 75],
    [4, 75],
    [5, 100],
  ])('stages 1 / 3 / 5, result %s → %s', (value, expected) => {
    expect(scoreOf({ min: 1, std: 3, adv: 5 }, 'higher', 'level', value)).toBe(expected);
  });
  it('uses the alternative scale too', () => {
    expect(scoreOf({ min: 1, std: 3, adv: 5 }, 'higher', 'level', 4, opdcScale70)).toBe(70);
  });
});

describe('scoreOf handles huge spans without overflow', () => {
  it('stays finite and in range', () => {
    const t = { min: -1e308, std: 1.6e308, adv: 1.7e308 };
    const s = scoreOf(t, 'higher', 'quantity', 1.5e308);
    expect(Number.isFinite(s)).toBe(true);
    expect(s).toBeGreaterThanOrEqual(50);
    expect(s).toBeLessThanOrEqual(75);
  });
});
