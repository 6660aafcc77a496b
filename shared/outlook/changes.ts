/**
 * Changes and persistence between two stored rounds (issue 11 §2): this round against the previous
 * round of the same year, or against the previous year (its same round, or its final round for
 * "red-red" — below minimum at last year's end and again now).
 */
import { classify } from '../classification/classify';
import { levelRank } from '../classification/levels';
import type { Classification } from '../classification/types';
import type { OutlookItem, StoredRound } from './types';

export const changeClasses = ['newly-below', 'recovered', 'still-below', 'level-up', 'level-down', 'unchanged', 'no-data'] as const;
export type ChangeClass = (typeof changeClasses)[number];

export interface ItemChange {
  iso: string;
  indicatorCode: string;
  component: string | null;
  change: ChangeClass;
  before: number | null;
  now: number | null;
  /** now − before, in the indicator's unit; null unless both are numbers. */
  valueChange: number | null;
  /** Change in the result as % of this round's minimum target (percentage points); null as above. */
  minShareChange: number | null;
}

const keyOf = (i: OutlookItem) => `${i.iso}|${i.indicatorCode}|${i.component ?? ''}`;
const classOf = (i: OutlookItem): Classification => classify({ targets: i.targets, direction: i.direction, kind: i.kind, result: i.result });

/** The change class of one item; "no-data" when either side is not a number. */
export function changeOf(before: Classification | null, now: Classification): ChangeClass {
  if (!before || before.level === null || now.level === null) return 'no-data';
  if (before.status === 'belowMin' && now.status === 'belowMin') return 'still-below';
  if (now.status === 'belowMin') return 'newly-below';
  if (before.status === 'belowMin') return 'recovered';
  const d = levelRank[now.level] - levelRank[before.level];
  return d > 0 ? 'level-up' : d < 0 ? 'level-down' : 'unchanged';
}

/**
 * Every item of `now` against the same province × indicator × component in `against`. Each side is
 * classified against its own round's targets (a year's targets may differ from the last year's).
 */
export function changesBetween(now: StoredRound, against: StoredRound): ItemChange[] {
  const earlier = new Map(against.items.map((i) => [keyOf(i), i]));
  return now.items.map((item) => {
    const prev = earlier.get(keyOf(item));
    const b = prev?.result.kind === 'value' ? prev.result.value : null;
    const n = item.result.kind === 'value' ? item.result.value : null;
    const both = b !== null && n !== null;
    const min = item.targets.min;
    return {
      iso: item.iso,
      indicatorCode: item.indicatorCode,
      component: item.component,
      change: changeOf(prev ? classOf(prev) : null, classOf(item)),
      before: b,
      now: n,
      valueChange: both ? n - b : null,
      minShareChange: both && min !== 0 ? ((n - b) / Math.abs(min)) * 100 : null,
    };
  });
}
