/**
 * Draw a result inside a chosen band of the targets (below minimum, met minimum, met standard, met
 * advanced), rounded to the indicator's decimals and clamped so that rounding never moves it across a
 * boundary. Lower-is-better indicators (SOC-02) mirror every comparison.
 */
import type { Direction, Targets } from '../../shared/classification/types';
import type { Profile } from './profiles';
import type { Rng } from './prng';

export type Band = 'below' | 'min' | 'std' | 'adv';

export type Outcome = { kind: 'value'; value: number } | { kind: 'notReported' } | { kind: 'pending' };

export const roundTo = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** The natural range of a value of this kind. */
function limits(p: Profile): [number, number] {
  if (p.kind === 'percent' || p.kind === 'wqi') return [0, 100];
  if (p.kind === 'level') return [1, 5];
  if (p.kind === 'rate') return [5, 60];
  return [0, Number.POSITIVE_INFINITY];
}

/**
 * @param accumulatedHalfYear a 6-month result of an accumulating indicator compared with full-year
 *   targets (the seed's way), so a "below" result may be far below the minimum.
 */
export function valueInBand(p: Profile, t: Targets, direction: Direction, band: Band, r: Rng, accumulatedHalfYear = false): number {
  const d = p.decimals;
  const step = 10 ** -d;
  const [lo, hi] = limits(p);
  const s = direction === 'higher' ? 1 : -1;
  if (p.kind === 'level') {
    if (band === 'below') return Math.max(1, t.min - (r.chance(0.3) ? 2 : 1));
    return band === 'min' ? t.min : band === 'std' ? t.std : Math.min(hi, t.adv);
  }
  let x: number;
  if (band === 'below') {
    if (p.kind === 'money') x = t.min * (accumulatedHalfYear ? r.uniform(0.35, 0.93) : r.uniform(0.8, 0.985));
    else if (p.kind === 'rate') x = t.min + r.uniform(0.5, 8);
    else x = t.min - r.uniform(0.5, Math.min(15, t.min));
    x = roundTo(Math.min(hi, Math.max(lo, x)), d);
    // strictly worse than the minimum after rounding
    if (s * (x - t.min) >= 0) x = roundTo(t.min - s * step, d);
    return x;
  }
  // the band [from, to) in the direction of "better"
  const from = band === 'min' ? t.min : band === 'std' ? t.std : t.adv;
  const next = band === 'min' ? t.std : band === 'std' ? t.adv : null;
  let to: number;
  if (next !== null && next !== from) to = next;
  else if (p.kind === 'money') to = from * r.uniform(1.03, 1.12);
  else to = from + s * r.uniform(1, 5);
  to = Math.min(hi, Math.max(lo, to));
  x = roundTo(from + (to - from) * r.uniform(0, 0.95), d);
  if (s * (x - from) < 0) x = from; // rounding fell below the band's start
  if (next !== null && next !== from && s * (x - next) >= 0) x = roundTo(next - s * step, d);
  if (s * (x - from) < 0) x = from;
  return x;
}

/** Classify a numeric result the seed's way (compare with the minimum only). */
export function isBelowMin(value: number, t: Targets, direction: Direction): boolean {
  return direction === 'higher' ? value < t.min : value > t.min;
}

/** Dashboard level of a numeric result. */
export function bandOf(value: number, t: Targets, direction: Direction): Band {
  const better = (a: number, b: number) => (direction === 'higher' ? a >= b : a <= b);
  if (!better(value, t.min)) return 'below';
  if (better(value, t.adv)) return 'adv';
  if (better(value, t.std)) return 'std';
  return 'min';
}
