/**
 * Scores (brief: "year-end scoring used by OPDC, not confirmed"): points at the min, std and adv
 * targets, linear in between, capped at the adv points.
 */
import { assertFiniteValue } from './errors';
import { levelOf } from './levels';
import { assertTargets } from './targets';
import type { Direction, IndicatorKind, Level, ScaleId, ScoreScale, Targets } from './types';

/** 50 / 75 / 100 points at min / std / adv (brief). */
export const opdcScale: ScoreScale = Object.freeze({ id: 'opdc-50-75-100', min: 50, std: 75, adv: 100 });

/** 50 / 70 / 100: one source reads 70 points at the standard target (brief). */
export const opdcScale70: ScoreScale = Object.freeze({ id: 'opdc-50-70-100', min: 50, std: 70, adv: 100 });

/** The scale used when none is given (brief). */
export const defaultScale: ScoreScale = opdcScale;

/** Built-in scales by id. */
export const scales: Readonly<Record<ScaleId, ScoreScale>> = Object.freeze({
  'opdc-50-75-100': opdcScale,
  'opdc-50-70-100': opdcScale70,
});

/** Points for a result below the minimum target: 0 (our default — the brief does not say). */
export const belowMinPoints = 0;

/**
 * Throws `RangeError` unless the scale's points are finite and 0 ≤ min ≤ std ≤ adv (our default:
 * keeps scores within [0, adv] and monotonic).
 *
 * @example
 * assertScale({ id: 'x', min: 50, std: 75, adv: 100 }) // ok
 * assertScale({ id: 'x', min: 80, std: 75, adv: 100 }) // throws
 */
export function assertScale(scale: ScoreScale): ScoreScale {
  const ok = [scale.min, scale.std, scale.adv].every((p) => typeof p === 'number' && Number.isFinite(p));
  if (!ok || !(belowMinPoints <= scale.min && scale.min <= scale.std && scale.std <= scale.adv)) {
    throw new RangeError(`Invalid score scale ${scale.id}: points must satisfy 0 ≤ min ≤ std ≤ adv`);
  }
  return scale;
}

/**
 * Points of a level, without interpolation.
 *
 * @example
 * pointsOfLevel('std', opdcScale) // → 75
 */
export function pointsOfLevel(level: Level, scale: ScoreScale = defaultScale): number {
  switch (level) {
    case 'belowMin':
      return belowMinPoints;
    case 'min':
      return scale.min;
    case 'std':
      return scale.std;
    case 'adv':
      return scale.adv;
  }
}

/** Where r lies between lo and hi (lo < hi, higher-is-better), clamped to [0, 1]; overflow-safe. */
function fraction(r: number, lo: number, hi: number): number {
  let f = (r - lo) / (hi - lo);
  if (!Number.isFinite(f)) f = (r / 2 - lo / 2) / (hi / 2 - lo / 2);
  return Math.min(1, Math.max(0, f));
}

function interpolate(from: number, to: number, f: number): number {
  return Math.min(to, from + (to - from) * f);
}

/**
 * The score of a numeric result.
 * - Below min: 0 (our default).
 * - kind 'quantity': linear between breakpoints (brief), e.g. halfway min–std → 62.5 on the
 *   default scale; at or beyond adv → adv points (cap, brief). Lower-is-better is mirrored.
 *   Equal targets never divide by zero: reaching the shared target gives the higher level's points.
 * - kind 'level' (stages 1–5): no interpolation, the points of the highest level reached (our default).
 *
 * Throws `InvalidTargetsError`, `InvalidResultError`, or `RangeError` (bad scale).
 *
 * @example
 * scoreOf({ min: 10, std: 20, adv: 30 }, 'higher', 'quantity', 15)  // → 62.5
 * scoreOf({ min: 30, std: 20, adv: 10 }, 'lower', 'quantity', 15)   // → 87.5
 * scoreOf({ min: 2, std: 3, adv: 5 }, 'higher', 'level', 4)         // → 75
 */
export function scoreOf(
  targets: Targets,
  direction: Direction,
  kind: IndicatorKind,
  value: number,
  scale: ScoreScale = defaultScale,
): number {
  const t = assertTargets(targets, direction, kind);
  assertFiniteValue(value);
  assertScale(scale);
  const level = levelOf(t, direction, value);
  if (kind === 'level' || level === 'belowMin' || level === 'adv') return pointsOfLevel(level, scale);
  // Mirror lower-is-better onto higher-is-better by negation (brief: "mirrored").
  const s = direction === 'higher' ? 1 : -1;
  const r = s * value;
  if (level === 'min') return interpolate(scale.min, scale.std, fraction(r, s * t.min, s * t.std));
  return interpolate(scale.std, scale.adv, fraction(r, s * t.std, s * t.adv));
}
