/**
 * Errors thrown by the engine. Bad input is an error, never a guess (brief).
 */
import { targetProblemMessage } from './messages';
import type { Direction, TargetProblem } from './types';

/**
 * Thrown when targets fail `validateTargets`; `problems` lists every problem found.
 *
 * @example
 * try { classify(input) } catch (e) { if (e instanceof InvalidTargetsError) show(e.problems) }
 */
export class InvalidTargetsError extends Error {
  readonly problems: readonly TargetProblem[];
  readonly direction: Direction;

  constructor(problems: readonly TargetProblem[], direction: Direction) {
    super(`Invalid targets: ${problems.map((p) => targetProblemMessage(p, direction).en).join('; ')}`);
    this.name = 'InvalidTargetsError';
    this.problems = problems;
    this.direction = direction;
  }
}

/**
 * Thrown when a numeric result (or a number passed to a helper) is NaN or ±Infinity (brief:
 * classify throws on a non-finite value).
 *
 * @example
 * assertFiniteValue(Number.NaN) // throws InvalidResultError
 */
export class InvalidResultError extends RangeError {
  readonly value: unknown;

  constructor(value: unknown, what = 'result') {
    super(`The ${what} must be a finite number, got ${String(value)}`);
    this.name = 'InvalidResultError';
    this.value = value;
  }
}

/**
 * Throws `InvalidResultError` unless `value` is a finite number; returns it otherwise.
 *
 * @example
 * assertFiniteValue(449.21) // → 449.21
 */
export function assertFiniteValue(value: number, what = 'result'): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidResultError(value, what);
  return value;
}
