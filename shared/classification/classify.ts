/**
 * Classifying one province–indicator(–component) result into the notice's status, the dashboard
 * level and a score.
 */
import { assertFiniteValue } from './errors';
import { levelOf } from './levels';
import { defaultScale, scoreOf } from './score';
import { assertTargets } from './targets';
import type { Classification, ClassifyInput, ScoreScale } from './types';

/**
 * Classifies one result. Targets are validated first, whatever the result (throws
 * `InvalidTargetsError`); a non-finite numeric result throws `InvalidResultError`.
 * - notReported / pending → level null, score null (seed statuses).
 * - A number is compared with the MINIMUM target for the status (brief): at or better → metMin,
 *   else belowMin. Full-year targets are used as-is, no pro-rating of 6-month results (brief).
 * - The level refines metMin into min / std / adv; the score follows `scoreOf`.
 *
 * @example
 * classify({
 *   targets: { min: 707.14, std: 744.34, adv: 802.25 },
 *   direction: 'higher',
 *   kind: 'quantity',
 *   result: { kind: 'value', value: 449.21 },
 * }) // → { status: 'belowMin', level: 'belowMin', score: 0 } (seed example)
 */
export function classify(input: ClassifyInput, scale: ScoreScale = defaultScale): Classification {
  const { direction, kind, result } = input;
  const targets = assertTargets(input.targets, direction, kind);
  switch (result.kind) {
    case 'notReported':
    case 'missing':
      return { status: 'notReported', level: null, score: null };
    case 'pending':
      return { status: 'pending', level: null, score: null };
    case 'value': {
      const value = assertFiniteValue(result.value);
      const level = levelOf(targets, direction, value);
      const score = scoreOf(targets, direction, kind, value, scale);
      return level === 'belowMin' ? { status: 'belowMin', level, score } : { status: 'metMin', level, score };
    }
    default: {
      const unknown: never = result;
      throw new TypeError(`Unknown result kind: ${JSON.stringify(unknown)}`);
    }
  }
}
