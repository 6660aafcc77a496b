/**
 * The scale of one bullet chart: "better" always points right, so a lower-is-better indicator (e.g.
 * births to mothers aged 15–19) reads the same way as the rest. Positions are fractions 0–1.
 */
import type { Direction, Level, Targets } from '../../../shared/classification/types';

export interface BulletScale {
  /** Position (0 = left, 1 = right) of a value in the indicator's own units. */
  pos(value: number): number;
  /** Bands from the left edge: below minimum, minimum–standard, standard–advanced, beyond advanced. */
  bands: { from: number; to: number; band: Level }[];
}

/** `also`: more values the scale must show (the projected year end and its band). */
export function bulletScale(targets: Targets, direction: Direction, value: number | null, also: readonly number[] = []): BulletScale {
  const good = (v: number) => (direction === 'higher' ? v : -v);
  const gMin = good(targets.min);
  const gStd = good(targets.std);
  const gAdv = good(targets.adv);
  // Room on both sides proportional to the spread of the targets, so closely spaced targets stay apart.
  const span = Math.abs(gAdv - gMin) || Math.abs(targets.min) * 0.1 || 1;
  const shown = [value === null ? gMin : good(value), ...also.filter(Number.isFinite).map(good)];
  const lo = Math.min(gMin, ...shown) - span * 0.5;
  const hi = Math.max(gAdv, ...shown) + span * 0.25;
  const pos = (v: number) => Math.min(1, Math.max(0, (good(v) - lo) / (hi - lo)));
  const at = (g: number) => (g - lo) / (hi - lo);
  return {
    pos,
    bands: [
      { from: 0, to: at(gMin), band: 'belowMin' },
      { from: at(gMin), to: at(gStd), band: 'min' },
      { from: at(gStd), to: at(gAdv), band: 'std' },
      { from: at(gAdv), to: 1, band: 'adv' },
    ],
  };
}
