import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { classify, levelRank, levels, meets, opdcScale70, scales, statuses, validateTargets } from './index';
import type { Classification, Direction, IndicatorKind, ScoreScale, Targets } from './index';

const runs = { numRuns: 500 };

const moderate = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** Ascending targets (higher-is-better), with equal neighbours now and then. */
function ascending(num: fc.Arbitrary<number>): fc.Arbitrary<Targets> {
  const three = fc.oneof(
    fc.tuple(num, num, num),
    num.chain((a) => fc.tuple(fc.constant(a), fc.constant(a), num)),
    num.chain((a) => fc.tuple(num, fc.constant(a), fc.constant(a))),
    num.map((a) => [a, a, a] as [number, number, number]),
  );
  return three.map((xs) => {
    const [min, std, adv] = [...xs].sort((x, y) => x - y) as [number, number, number];
    return { min, std, adv };
  });
}

const kindArb = fc.constantFrom<IndicatorKind>('quantity', 'level');
const directionArb = fc.constantFrom<Direction>('higher', 'lower');
const scaleArb: fc.Arbitrary<ScoreScale> = fc.oneof(
  fc.constantFrom(...Object.values(scales)),
  fc.tuple(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }))
    .map((xs) => [...xs].sort((a, b) => a - b) as [number, number, number])
    .map(([min, std, adv]) => ({ id: 'custom', min, std, adv })),
);

const negate = (t: Targets): Targets => ({ min: -t.min, std: -t.std, adv: -t.adv });

/** Targets for the direction and kind, plus values that often land exactly on a target. */
const caseArb = fc
  .record({ direction: directionArb, kind: kindArb })
  .chain(({ direction, kind }) => {
    const num = kind === 'level' ? fc.integer({ min: -10, max: 10 }) : moderate;
    const targetsArb = ascending(num).map((t) => (direction === 'higher' ? t : negate(t)));
    return targetsArb.chain((targets) => {
      const value = fc.oneof(num, moderate, fc.constantFrom(targets.min, targets.std, targets.adv));
      return fc.record({ direction: fc.constant(direction), kind: fc.constant(kind), targets: fc.constant(targets), r1: value, r2: value });
    });
  });

function run(targets: Targets, direction: Direction, kind: IndicatorKind, value: number, scale?: ScoreScale): Classification {
  return classify({ targets, direction, kind, result: { kind: 'value', value } }, scale);
}

describe('properties', () => {
  it('generated targets are valid (sanity check of the generator)', () => {
    fc.assert(fc.property(caseArb, ({ targets, direction, kind }) => validateTargets(targets, direction, kind).ok), runs);
  });

  it('(1) monotonic in the result: better result ⇒ level and score not lower', () => {
    fc.assert(
      fc.property(caseArb, scaleArb, ({ targets, direction, kind, r1, r2 }, scale) => {
        // Order so that `worse` is not better than `better` for the direction.
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const [worse, better] = direction === 'higher' ? [lo, hi] : [hi, lo];
        const a = run(targets, direction, kind, worse, scale);
        const b = run(targets, direction, kind, better, scale);
        expect(levelRank[a.level!]).toBeLessThanOrEqual(levelRank[b.level!]);
        expect(a.score!).toBeLessThanOrEqual(b.score!);
      }),
      runs,
    );
  });

  it('(2) direction symmetry: higher with (t, r) equals lower with (-t, -r)', () => {
    fc.assert(
      fc.property(caseArb, scaleArb, ({ targets, direction, kind, r1 }, scale) => {
        const up = direction === 'higher' ? targets : negate(targets);
        const r = direction === 'higher' ? r1 : -r1;
        const a = run(up, 'higher', kind, r, scale);
        const b = run(negate(up), 'lower', kind, -r, scale);
        expect(b.status).toBe(a.status);
        expect(b.level).toBe(a.level);
        expect(b.score).toBe(a.score);
      }),
      runs,
    );
  });

  it('(3) exactly one status, consistent with the level, decided by the minimum target only', () => {
    const resultArb = fc.oneof(
      anyFinite.map((value) => ({ kind: 'value' as const, value })),
      fc.constant({ kind: 'notReported' as const }),
      fc.constant({ kind: 'pending' as const }),
    );
    fc.assert(
      fc.property(directionArb, ascending(anyFinite), resultArb, (direction, asc, result) => {
        const targets = direction === 'higher' ? asc : negate(asc);
        const c = classify({ targets, direction, kind: 'quantity', result });
        expect(statuses).toContain(c.status);
        if (result.kind !== 'value') {
          expect(c).toEqual({ status: result.kind, level: null, score: null });
          return;
        }
        expect(levels).toContain(c.level);
        expect(c.status === 'belowMin').toBe(c.level === 'belowMin');
        expect(c.status === 'metMin').toBe(['min', 'std', 'adv'].includes(c.level!));
        expect(c.status === 'metMin').toBe(meets(direction, result.value, targets.min));
      }),
      runs,
    );
  });

  it('(4) score within [0, scale.adv], for any finite result and targets', () => {
    fc.assert(
      fc.property(directionArb, kindArb, ascending(anyFinite), anyFinite, scaleArb, (direction, kind, asc, value, scale) => {
        const t = kind === 'level' ? { min: Math.round(asc.min), std: Math.round(asc.std), adv: Math.round(asc.adv) } : asc;
        const targets = direction === 'higher' ? t : negate(t);
        const { score } = run(targets, direction, kind, value, scale);
        expect(Number.isFinite(score)).toBe(true);
        expect(score!).toBeGreaterThanOrEqual(0);
        expect(score!).toBeLessThanOrEqual(scale.adv);
      }),
      runs,
    );
  });

  it('a lower std breakpoint never raises the score (50-70-100 ≤ 50-75-100)', () => {
    fc.assert(
      fc.property(caseArb, ({ targets, direction, kind, r1 }) => {
        expect(run(targets, direction, kind, r1, opdcScale70).score!).toBeLessThanOrEqual(run(targets, direction, kind, r1).score!);
      }),
      runs,
    );
  });

  it('validateTargets accepts finite targets iff they are ordered for the direction', () => {
    fc.assert(
      fc.property(directionArb, anyFinite, anyFinite, anyFinite, (direction, min, std, adv) => {
        const ordered = direction === 'higher' ? min <= std && std <= adv : min >= std && std >= adv;
        expect(validateTargets({ min, std, adv }, direction, 'quantity').ok).toBe(ordered);
      }),
      runs,
    );
  });
});
