/**
 * Comparing a result with targets. A result exactly on a target reaches that target (brief);
 * for lower-is-better indicators "met" means result ≤ target (brief).
 */
import { assertFiniteValue } from './errors';
import { assertTargets } from './targets';
import type { Direction, Level, Targets } from './types';

/** Rank of each level, worst first, for comparisons and sorting. */
export const levelRank: Readonly<Record<Level, number>> = Object.freeze({ belowMin: 0, min: 1, std: 2, adv: 3 });

/**
 * Whether `value` is at or better than `target` for the direction (brief). Throws
 * `InvalidResultError` on NaN or ±Infinity.
 *
 * @example
 * meets('higher', 707.14, 707.14) // → true  (exactly on the target reaches it)
 * meets('lower', 25.1, 25)        // → false (lower is better: met means result ≤ target)
 */
export function meets(direction: Direction, value: number, target: number): boolean {
  assertFiniteValue(value);
  assertFiniteValue(target, 'target');
  return direction === 'higher' ? value >= target : value <= target;
}

/**
 * The highest level the result reaches: 'adv', 'std', 'min', or 'belowMin'. Equal targets are
 * fine: reaching std when std == adv gives 'adv' (brief). Throws `InvalidTargetsError` on bad
 * targets and `InvalidResultError` on a non-finite value.
 *
 * @example
 * levelOf({ min: 707.14, std: 744.34, adv: 802.25 }, 'higher', 449.21) // → 'belowMin' (seed)
 * levelOf({ min: 30, std: 25, adv: 20 }, 'lower', 25)                  // → 'std'
 */
export function levelOf(targets: Targets, direction: Direction, value: number): Level {
  const t = assertTargets(targets, direction, 'quantity');
  assertFiniteValue(value);
  if (meets(direction, value, t.adv)) return 'adv';
  if (meets(direction, value, t.std)) return 'std';
  if (meets(direction, value, t.min)) return 'min';
  return 'belowMin';
}
