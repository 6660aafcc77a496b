/**
 * Target validation (brief): every target present and finite, ordered for the direction
 * (higher: min ≤ std ≤ adv; lower: min ≥ std ≥ adv), integers for success-level indicators.
 * Equal neighbours are allowed (brief).
 */
import { InvalidTargetsError } from './errors';
import type {
  Direction,
  IndicatorKind,
  TargetField,
  TargetProblem,
  Targets,
  TargetsInput,
  TargetsValidation,
} from './types';

/** Target fields from lowest to highest level. */
export const targetFields: readonly TargetField[] = ['min', 'std', 'adv'];

/**
 * Whether finite targets are ordered for the direction; equal targets count as ordered (brief).
 *
 * @example
 * targetsOrdered({ min: 10, std: 10, adv: 20 }, 'higher') // → true
 * targetsOrdered({ min: 10, std: 20, adv: 30 }, 'lower')  // → false
 */
export function targetsOrdered(targets: Targets, direction: Direction): boolean {
  const { min, std, adv } = targets;
  return direction === 'higher' ? min <= std && std <= adv : min >= std && std >= adv;
}

/**
 * Checks targets and returns them, or every problem found. Per field, in the order min, std, adv:
 * undefined / null / NaN → TARGET_MISSING (brief groups NaN with "missing": an empty cell parsed
 * as a number); ±Infinity → TARGET_NOT_FINITE; a non-integer target of a 'level' indicator →
 * LEVEL_NOT_INTEGER (brief). When all three are finite, a wrong order → TARGETS_DISORDERED.
 *
 * @example
 * validateTargets({ min: 707.14, std: 744.34, adv: 802.25 }, 'higher', 'quantity')
 * // → { ok: true, targets: { min: 707.14, std: 744.34, adv: 802.25 } }
 * validateTargets({ min: 3, std: 2 }, 'higher', 'level')
 * // → { ok: false, problems: [{ code: 'TARGET_MISSING', field: 'adv' }] }
 */
export function validateTargets(
  targets: TargetsInput,
  direction: Direction,
  kind: IndicatorKind,
): TargetsValidation {
  const problems: TargetProblem[] = [];
  const found: Partial<Targets> = {};
  for (const field of targetFields) {
    const v: unknown = targets[field];
    if (typeof v !== 'number' || Number.isNaN(v)) {
      problems.push({ code: 'TARGET_MISSING', field });
    } else if (!Number.isFinite(v)) {
      problems.push({ code: 'TARGET_NOT_FINITE', field });
    } else {
      if (kind === 'level' && !Number.isInteger(v)) problems.push({ code: 'LEVEL_NOT_INTEGER', field });
      found[field] = v;
    }
  }
  const { min, std, adv } = found;
  if (min !== undefined && std !== undefined && adv !== undefined) {
    const checked: Targets = { min, std, adv };
    if (!targetsOrdered(checked, direction)) problems.push({ code: 'TARGETS_DISORDERED' });
    if (problems.length === 0) return { ok: true, targets: checked };
  }
  return { ok: false, problems };
}

/**
 * Validates targets and returns a fresh copy, or throws `InvalidTargetsError`.
 *
 * @example
 * assertTargets({ min: 1, std: 2, adv: 3 }, 'higher', 'level') // → { min: 1, std: 2, adv: 3 }
 * assertTargets({ min: 3, std: 2, adv: 1 }, 'higher', 'level') // throws (TARGETS_DISORDERED)
 */
export function assertTargets(targets: TargetsInput, direction: Direction, kind: IndicatorKind): Targets {
  const v = validateTargets(targets, direction, kind);
  if (!v.ok) throw new InvalidTargetsError(v.problems, direction);
  return v.targets;
}
