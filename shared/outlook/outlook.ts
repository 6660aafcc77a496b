/**
 * One call for a stored round's outlook: the history it may see, the bands measured on the years
 * before it, and the projection.
 */
import { measureBands } from './bands';
import { projectRound } from './engine';
import { historyBefore } from './history';
import type { BandTable, OutlookConfig, OutlookEntry, StoredRound } from './types';

export function outlookOfRound(rounds: readonly StoredRound[], fiscalYear: number, round: number, config: OutlookConfig): { entries: OutlookEntry[]; bands: BandTable } {
  const stored = rounds.find((r) => r.fiscalYear === fiscalYear && r.round === round);
  if (!stored) throw new RangeError(`round ${fiscalYear}/${round} is not among the stored rounds`);
  if (round >= config.finalRound) throw new RangeError(`round ${round} is the final round: nothing to project`);
  const bands = measureBands(rounds, fiscalYear, round, config);
  const entries = projectRound({ fiscalYear, round, items: stored.items, history: historyBefore(rounds, fiscalYear, round), bands, config });
  return { entries, bands };
}
