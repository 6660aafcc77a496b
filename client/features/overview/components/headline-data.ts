/**
 * The headline's five figures (issue 11 §5): red, amber and green apart — the notice's "met minimum"
 * merges amber and green, which hides a province hanging on at the minimum — then not reported and
 * pending; and each one's change against a comparison round.
 */
import type { LevelCounts, StatusCounts } from '../../../../shared/contracts/classification';

export const headlineKinds = ['red', 'amber', 'green', 'notReported', 'pending'] as const;
export type HeadlineKind = (typeof headlineKinds)[number];
export type HeadlineCounts = Record<HeadlineKind, number>;

/** Which rise is bad news: more red, not reported or pending items is worse; more green is better. */
export const riseIsBad: Record<HeadlineKind, boolean> = { red: true, amber: false, green: false, notReported: true, pending: true };

export const comparisons = ['previous-round', 'previous-year'] as const;
export type Comparison = (typeof comparisons)[number];

/** Red = below minimum, amber = the minimum level, green = standard or advanced. */
export function headlineCounts(totals: { counts: StatusCounts; levels: LevelCounts }): HeadlineCounts {
  return {
    red: totals.counts.belowMin,
    amber: totals.levels.min,
    green: totals.levels.std + totals.levels.adv,
    notReported: totals.counts.notReported,
    pending: totals.counts.pending,
  };
}

/**
 * The round compared against: the previous round is the 6-month round of the same year for the
 * year-end round, and last year's year-end round for the 6-month round; the previous year is the same
 * round a year earlier.
 */
export function comparisonRound(year: number, round: number, against: Comparison): { year: number; round: number } {
  if (against === 'previous-year') return { year: year - 1, round };
  return round === 12 ? { year, round: 6 } : { year: year - 1, round: 12 };
}

export type Change = { kind: 'up' | 'down' | 'same'; by: number; worse: boolean };

export function changeOf(kind: HeadlineKind, now: number, before: number): Change {
  const d = now - before;
  const dir = d > 0 ? 'up' : d < 0 ? 'down' : 'same';
  return { kind: dir, by: Math.abs(d), worse: dir !== 'same' && (dir === 'up') === riseIsBad[kind] };
}
