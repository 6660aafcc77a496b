import { describe, it, expect } from 'vitest';
import { classify, InvalidResultError, InvalidTargetsError, levelOf, meets } from './index';
import type { ClassifyInput, Direction, IndicatorKind, Level, Status, Targets } from './index';

const e = 0.001;

function run(targets: Targets, direction: Direction, value: number, kind: IndicatorKind = 'quantity') {
  return classify({ targets, direction, kind, result: { kind: 'value', value } });
}

type Row = [value: number, status: Status, level: Level, score: number];

function table(name: string, targets: Targets, direction: Direction, rows: Row[], kind: IndicatorKind = 'quantity') {
  describe(name, () => {
    it.each(rows)('result %s → %s / %s / %s', (value, status, level, score) => {
      const c = run(targets, direction, value, kind);
      expect(c.status).toBe(status);
      expect(c.level).toBe(level);
      expect(c.score).toBeCloseTo(score, 9);
    });
  });
}

// Every boundary, both directions (brief: results exactly on a target reach that target's level).
table('higher is better, targets 10 / 20 / 30', { min: 10, std: 20, adv: 30 }, 'higher', [
  [10 - e, 'belowMin', 'belowMin', 0],
  [10, 'metMin', 'min', 50],
  [10 + e, 'metMin', 'min', 50.0025],
  [20 - e, 'metMin', 'min', 74.9975],
  [20, 'metMin', 'std', 75],
  [20 + e, 'metMin', 'std', 75.0025],
  [30 - e, 'metMin', 'std', 99.9975],
  [30, 'metMin', 'adv', 100],
  [30 + e, 'metMin', 'adv', 100],
  [1e9, 'metMin', 'adv', 100],
]);

table('lower is better, targets 30 / 20 / 10 (mirror)', { min: 30, std: 20, adv: 10 }, 'lower', [
  [30 + e, 'belowMin', 'belowMin', 0],
  [30, 'metMin', 'min', 50],
  [30 - e, 'metMin', 'min', 50.0025],
  [20 + e, 'metMin', 'min', 74.9975],
  [20, 'metMin', 'std', 75],
  [20 - e, 'metMin', 'std', 75.0025],
  [10 + e, 'metMin', 'std', 99.9975],
  [10, 'metMin', 'adv', 100],
  [10 - e, 'metMin', 'adv', 100],
  [-1e9, 'metMin', 'adv', 100],
]);

// Equal targets are allowed (brief); reaching the shared target gives the higher level.
table('higher, min == std (10 / 10 / 30)', { min: 10, std: 10, adv: 30 }, 'higher', [
  [10 - e, 'belowMin', 'belowMin', 0],
  [10, 'metMin', 'std', 75],
  [20, 'metMin', 'std', 87.5],
  [30, 'metMin', 'adv', 100],
]);
table('higher, std == adv (10 / 20 / 20)', { min: 10, std: 20, adv: 20 }, 'higher', [
  [15, 'metMin', 'min', 62.5],
  [20 - e, 'metMin', 'min', 74.9975],
  [20, 'metMin', 'adv', 100],
  [20 + e, 'metMin', 'adv', 100],
]);
table('higher, all equal (10 / 10 / 10)', { min: 10, std: 10, adv: 10 }, 'higher', [
  [10 - e, 'belowMin', 'belowMin', 0],
  [10, 'metMin', 'adv', 100],
  [11, 'metMin', 'adv', 100],
]);
table('lower, min == std (30 / 30 / 10)', { min: 30, std: 30, adv: 10 }, 'lower', [
  [30 + e, 'belowMin', 'belowMin', 0],
  [30, 'metMin', 'std', 75],
  [20, 'metMin', 'std', 87.5],
  [10, 'metMin', 'adv', 100],
]);
table('lower, std == adv (30 / 20 / 20)', { min: 30, std: 20, adv: 20 }, 'lower', [
  [25, 'metMin', 'min', 62.5],
  [20, 'metMin', 'adv', 100],
]);
table('lower, all equal (5 / 5 / 5)', { min: 5, std: 5, adv: 5 }, 'lower', [
  [5 + e, 'belowMin', 'belowMin', 0],
  [5, 'metMin', 'adv', 100],
  [0, 'metMin', 'adv', 100],
]);

// Negative and zero values.
table('higher, targets through zero (-10 / 0 / 10)', { min: -10, std: 0, adv: 10 }, 'higher', [
  [-10.5, 'belowMin', 'belowMin', 0],
  [-10, 'metMin', 'min', 50],
  [-5, 'metMin', 'min', 62.5],
  [0, 'metMin', 'std', 75],
  [5, 'metMin', 'std', 87.5],
  [10, 'metMin', 'adv', 100],
]);
table('higher, zero result vs positive targets', { min: 1, std: 2, adv: 3 }, 'higher', [[0, 'belowMin', 'belowMin', 0]]);
table('lower, zero advanced target (5 / 2 / 0)', { min: 5, std: 2, adv: 0 }, 'lower', [
  [6, 'belowMin', 'belowMin', 0],
  [1, 'metMin', 'std', 87.5],
  [0, 'metMin', 'adv', 100],
  [-1, 'metMin', 'adv', 100],
]);

// Success-level indicators (ระดับความสำเร็จ 1–5): no interpolation (our default).
table('level kind, higher, stages 2 / 3 / 5', { min: 2, std: 3, adv: 5 }, 'higher', [
  [1, 'belowMin', 'belowMin', 0],
  [2, 'metMin', 'min', 50],
  [3, 'metMin', 'std', 75],
  [4, 'metMin', 'std', 75],
  [5, 'metMin', 'adv', 100],
], 'level');
table('level kind, higher, stages 3 / 4 / 4', { min: 3, std: 4, adv: 4 }, 'higher', [
  [2, 'belowMin', 'belowMin', 0],
  [3, 'metMin', 'min', 50],
  [4, 'metMin', 'adv', 100],
], 'level');
table('level kind, lower, stages 4 / 3 / 1', { min: 4, std: 3, adv: 1 }, 'lower', [
  [5, 'belowMin', 'belowMin', 0],
  [4, 'metMin', 'min', 50],
  [2, 'metMin', 'std', 75],
  [1, 'metMin', 'adv', 100],
], 'level');

describe('seed example', () => {
  it('449.21 against 707.14 / 744.34 / 802.25 (higher, no pro-rating) → belowMin, score 0', () => {
    expect(run({ min: 707.14, std: 744.34, adv: 802.25 }, 'higher', 449.21)).toEqual({
      status: 'belowMin',
      level: 'belowMin',
      score: 0,
    });
  });
});

describe('non-numeric results', () => {
  const base = { targets: { min: 1, std: 2, adv: 3 }, direction: 'higher', kind: 'quantity' } as const;
  it('notReported and pending have no level and no score', () => {
    expect(classify({ ...base, result: { kind: 'notReported' } })).toEqual({ status: 'notReported', level: null, score: null });
    expect(classify({ ...base, result: { kind: 'pending' } })).toEqual({ status: 'pending', level: null, score: null });
  });
  it('still validates the targets first', () => {
    const bad: ClassifyInput = { ...base, targets: { min: 3, std: 2, adv: 1 }, result: { kind: 'notReported' } };
    expect(() => classify(bad)).toThrow(InvalidTargetsError);
  });
});

describe('errors', () => {
  it.each([Number.NaN, Infinity, -Infinity])('throws InvalidResultError on result %s', (value) => {
    expect(() => run({ min: 1, std: 2, adv: 3 }, 'higher', value)).toThrow(InvalidResultError);
  });
  it('throws InvalidTargetsError with the problems', () => {
    try {
      run({ min: 1, std: Number.NaN, adv: 0.5 }, 'higher', 1);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InvalidTargetsError);
      expect((err as InvalidTargetsError).problems).toEqual([{ code: 'TARGET_MISSING', field: 'std' }]);
    }
  });
  it('throws on non-integer targets for a level indicator', () => {
    expect(() => run({ min: 1.5, std: 2, adv: 3 }, 'higher', 2, 'level')).toThrow(InvalidTargetsError);
  });
  it('levelOf also refuses disordered targets', () => {
    expect(() => levelOf({ min: 10, std: 20, adv: 30 }, 'lower', 15)).toThrow(InvalidTargetsError);
  });
});

describe('meets', () => {
  it.each([
    ['higher', 5, 5, true],
    ['higher', 4.99, 5, false],
    ['higher', 5.01, 5, true],
    ['lower', 5, 5, true],
    ['lower', 4.99, 5, true],
    ['lower', 5.01, 5, false],
    ['higher', -0, 0, true],
  ] as const)('%s: %s vs target %s → %s', (direction, value, target, expected) => {
    expect(meets(direction, value, target)).toBe(expected);
  });
  it('throws on NaN', () => {
    expect(() => meets('higher', Number.NaN, 1)).toThrow(InvalidResultError);
    expect(() => meets('higher', 1, Number.NaN)).toThrow(InvalidResultError);
  });
});
