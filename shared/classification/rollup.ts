/**
 * Rolling components (e.g. water quality per river) up into one indicator. Each component is
 * classified on its own first (brief).
 */
import { statuses } from './types';
import type { RollupMethod, Status } from './types';

/**
 * Rolls component scores into one indicator score. Only numeric scores count (brief); null
 * (not reported / pending) is skipped; with no numeric score the result is null (brief).
 * 'mean' is the default (brief); 'min' takes the weakest component. NaN or ±Infinity throws
 * `RangeError` (never a guess).
 *
 * @example
 * rollupScores([50, null, 100])        // → 75
 * rollupScores([50, null, 100], 'min') // → 50
 * rollupScores([null, null])           // → null
 */
export function rollupScores(scores: readonly (number | null)[], method: RollupMethod = 'mean'): number | null {
  const numeric: number[] = [];
  for (const s of scores) {
    if (s === null) continue;
    if (typeof s !== 'number' || !Number.isFinite(s)) throw new RangeError(`A component score must be finite, got ${String(s)}`);
    numeric.push(s);
  }
  if (numeric.length === 0) return null;
  switch (method) {
    case 'mean':
      return numeric.reduce((a, b) => a + b, 0) / numeric.length;
    case 'min':
      // A loop, not Math.min(...numeric): spreading tens of thousands of components risks the call stack.
      return numeric.reduce((a, b) => (b < a ? b : a));
    default: {
      const unknown: never = method;
      throw new TypeError(`Unknown roll-up method: ${String(unknown)}`);
    }
  }
}

/**
 * Precedence of statuses when rolling components up, strongest first (our default, not from the
 * seed or the brief): belowMin, then notReported, then pending, then metMin.
 */
export const statusRollupOrder: readonly Status[] = ['belowMin', 'notReported', 'pending', 'metMin'];

/**
 * One status for an indicator from its components' statuses (our default): belowMin if any
 * component is belowMin; else notReported if any is notReported; else pending if any is pending;
 * else metMin. Throws `RangeError` on an empty list or an unknown status.
 *
 * Note: the notice itself counts each component as its own item (see `countProvinceItems`); use
 * this only where one status per indicator is needed.
 *
 * @example
 * rollupStatus(['metMin', 'pending'])              // → 'pending'
 * rollupStatus(['notReported', 'belowMin', 'metMin']) // → 'belowMin'
 */
export function rollupStatus(componentStatuses: readonly Status[]): Status {
  if (componentStatuses.length === 0) throw new RangeError('rollupStatus needs at least one status');
  for (const s of componentStatuses) {
    if (!(statuses as readonly string[]).includes(s)) throw new RangeError(`Unknown status: ${String(s)}`);
  }
  for (const s of statusRollupOrder) if (componentStatuses.includes(s)) return s;
  /* c8 ignore next */
  throw new RangeError('unreachable');
}
