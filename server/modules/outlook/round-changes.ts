/**
 * A round's changes against an earlier stored round (issue 11 §2), as the API serves them. The change
 * classes come from the engine (shared/outlook/changes); the names and statuses from the round view.
 */
import type { ChangeCounts, ChangeItem, Comparison, RoundChanges } from '../../../shared/contracts';
import { changesBetween, type ChangeClass } from '../../../shared/outlook';
import type { LoadedRound } from './outlook.queries';

/**
 * The round a comparison points at. previous-round: the round just before in time — the 6-month
 * round's is the previous year's 12-month round, so "red at last year's end and again now" shows as
 * still-below; previous-year: the same round one fiscal year earlier.
 */
export function comparedRound(year: number, round: number, against: Comparison, finalRound: number): { year: number; round: number } {
  if (against === 'previous-year') return { year: year - 1, round };
  return round >= finalRound ? { year, round: 6 } : { year: year - 1, round: finalRound };
}

const countKey: Record<ChangeClass, keyof ChangeCounts> = {
  'newly-below': 'newlyBelow',
  recovered: 'recovered',
  'still-below': 'stillBelow',
  'level-up': 'levelUp',
  'level-down': 'levelDown',
  unchanged: 'unchanged',
  'no-data': 'noData',
};

export function countChanges(items: readonly { change: ChangeClass }[]): ChangeCounts {
  const counts: ChangeCounts = { newlyBelow: 0, recovered: 0, stillBelow: 0, levelUp: 0, levelDown: 0, unchanged: 0, noData: 0 };
  for (const i of items) counts[countKey[i.change]] += 1;
  return counts;
}

const keyOf = (i: { iso: string; indicatorCode: string; component: string | null }) => `${i.iso}|${i.indicatorCode}|${i.component ?? ''}`;

/** `earlier` null: the compared round is not stored, and every item is no-data. */
export function roundChanges(now: LoadedRound, earlier: LoadedRound | null, comparison: Comparison, iso: string | undefined): RoundChanges {
  const against = earlier ?? { year: 0, round: 0, items: [], stored: { fiscalYear: 0, round: 0, items: [] } };
  // changesBetween maps `now`'s items in order: change i is item i.
  const changes = changesBetween(now.stored, against.stored);
  const statusBefore = new Map(against.items.map((it) => [keyOf(it), it.classification.status]));
  const items: ChangeItem[] = [];
  now.items.forEach((it, i) => {
    if (iso !== undefined && it.iso !== iso) return;
    const c = changes[i]!;
    // One literal, not a spread of the item's key fields: spreads cost tens of µs an item (issue 10, see nationalOutlook).
    items.push({
      iso: it.iso,
      nameTh: it.provinceNameTh,
      nameEn: it.provinceNameEn,
      code: it.indicatorCode,
      group: it.group,
      component: it.component,
      change: c.change,
      statusBefore: statusBefore.get(keyOf(it)) ?? null,
      statusNow: it.classification.status,
      before: c.before,
      now: c.now,
      decimals: now.indicators.get(it.indicatorCode)!.decimals,
      valueChange: c.valueChange,
      minShareChange: c.minShareChange,
    });
  });
  return {
    round: { year: now.year, round: now.round },
    comparison,
    against: earlier ? { year: earlier.year, round: earlier.round } : null,
    items,
    counts: countChanges(items),
  };
}
