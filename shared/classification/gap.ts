/**
 * Distances between a result and a target, for observation text (brief).
 */
import { assertFiniteValue } from './errors';
import { meets } from './levels';
import { assertTargets } from './targets';
import type { Direction, GapToTarget, TargetField, Targets } from './types';

/**
 * How far the result still is from one target, in the "better" direction (brief). `absolute` is 0
 * when reached; `percent` = absolute / |target| × 100, null when the target is 0. Throws
 * `InvalidTargetsError` on bad targets and `InvalidResultError` on a non-finite value.
 *
 * @example
 * gapToTarget({ min: 707.14, std: 744.34, adv: 802.25 }, 'higher', 449.21, 'min')
 * // → { absolute: 257.93, percent: ≈36.47, reached: false } (up to float rounding)
 * gapToTarget({ min: 30, std: 25, adv: 20 }, 'lower', 28, 'std')
 * // → { absolute: 3, percent: 12, reached: false }
 */
export function gapToTarget(targets: Targets, direction: Direction, value: number, which: TargetField): GapToTarget {
  const t = assertTargets(targets, direction, 'quantity');
  assertFiniteValue(value);
  const target = t[which];
  const reached = meets(direction, value, target);
  const absolute = reached ? 0 : Math.abs(target - value);
  const percent = target === 0 ? null : (absolute / Math.abs(target)) * 100;
  return { absolute, percent, reached };
}

/**
 * The result as a share of the target, in percent, so that 100 means "exactly on target" and more
 * is better (brief): higher → value / target × 100; lower → target / value × 100. Null when the
 * divisor is 0. Meaningful for positive values; with negative values the sign carries through.
 * Throws `InvalidResultError` on a non-finite value or target.
 *
 * @example
 * shareOfTarget('higher', 449.21, 707.14) // → ≈63.52
 * shareOfTarget('lower', 40, 30)          // → 75
 */
export function shareOfTarget(direction: Direction, value: number, target: number): number | null {
  assertFiniteValue(value);
  assertFiniteValue(target, 'target');
  const [num, den] = direction === 'higher' ? [value, target] : [target, value];
  return den === 0 ? null : (num / den) * 100;
}
