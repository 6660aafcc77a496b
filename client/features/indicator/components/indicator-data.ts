/**
 * Shaping one indicator's items for its page: distance from the minimum target (the dot chart's axis
 * and default order), filters and the table's sort. Pure.
 */
import type { Direction, Level, Status, Targets } from '../../../../shared/classification/types';
import { itemCategory, type LevelCategory } from '../../../components/map/categories';
import type { ResultView } from '../../../components/map/map-view';

export interface RowItem {
  iso: string;
  nameTh: string;
  nameEn: string;
  region: string;
  cluster: string | null;
  component: string | null;
  targets: Targets;
  result: ResultView;
  status: Status;
  level: Level | null;
  score: number | null;
}

/**
 * How far a value is past the minimum target, in percent of the minimum, positive when better
 * (so for lower-is-better indicators a value under the minimum is positive). With a minimum of 0
 * the spread minimum→advanced is the yardstick instead, so the figure stays finite.
 *
 * @example
 * distanceFromMin({ min: 707.14, std: 744.34, adv: 802.25 }, 'higher', 449.21) // ≈ -36.5
 * distanceFromMin({ min: 30, std: 28, adv: 25 }, 'lower', 27)                  // 10
 */
export function distanceFromMin(targets: Targets, direction: Direction, value: number): number {
  const sign = direction === 'higher' ? 1 : -1;
  const yardstick = Math.abs(targets.min) || Math.abs(targets.adv - targets.min) || 1;
  return (sign * (value - targets.min) / yardstick) * 100;
}

export interface DotRow<T extends RowItem> {
  item: T;
  category: LevelCategory;
  /** Null when the result is not a number (not reported, pending, missing). */
  distance: number | null;
  std: number;
  adv: number;
}

/** Rows for the dot chart: numeric results furthest below the minimum first, then the rest by name. */
export function dotRows<T extends RowItem>(items: readonly T[], direction: Direction): DotRow<T>[] {
  const rows = items.map((item) => ({
    item,
    category: itemCategory(item),
    distance: item.result.kind === 'value' ? distanceFromMin(item.targets, direction, item.result.value) : null,
    std: distanceFromMin(item.targets, direction, item.targets.std),
    adv: distanceFromMin(item.targets, direction, item.targets.adv),
  }));
  return rows.sort((a, b) => {
    if (a.distance !== null && b.distance !== null) return a.distance - b.distance || a.item.nameTh.localeCompare(b.item.nameTh, 'th');
    if (a.distance !== null) return -1;
    if (b.distance !== null) return 1;
    return a.item.nameTh.localeCompare(b.item.nameTh, 'th');
  });
}

/** A "nice" axis for the dot chart: round bounds that hold every value, zero and the targets. */
export function dotAxis(values: readonly number[]): { lo: number; hi: number; ticks: number[] } {
  const all = [0, ...values.filter(Number.isFinite)];
  // Clamp extremes so one outlier does not squash the rest; the chart marks clamped dots.
  const lo0 = Math.max(-100, Math.min(...all));
  const hi0 = Math.min(200, Math.max(...all, 10));
  const range = hi0 - lo0;
  const step = [5, 10, 20, 25, 50, 100].find((s) => range / s <= 8) ?? 100;
  const lo = Math.floor(lo0 / step) * step;
  const hi = Math.ceil(hi0 / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + 1e-9; v += step) ticks.push(v);
  return { lo, hi, ticks };
}

export interface Filters {
  region: string | null;
  cluster: string | null;
  category: LevelCategory | null;
}

export function filterItems<T extends RowItem>(items: readonly T[], f: Filters): T[] {
  return items.filter(
    (i) => (!f.region || i.region === f.region) && (!f.cluster || i.cluster === f.cluster) && (!f.category || itemCategory(i) === f.category),
  );
}

export const sortKeys = ['province', 'result', 'distance', 'status', 'score'] as const;
export type SortKey = (typeof sortKeys)[number];

/** Worst first, the order staff scan in. */
const categoryOrder: Record<LevelCategory, number> = { belowMin: 0, notReported: 1, pending: 2, min: 3, std: 4, adv: 5, notAssigned: 6, outside: 7 };

/** Sorts rows for the table; items without a value sort after those with one, whatever the direction. */
export function sortRows<T extends RowItem>(rows: readonly DotRow<T>[], key: SortKey, dir: 'asc' | 'desc', lang: 'th' | 'en'): DotRow<T>[] {
  const name = (r: DotRow<T>) => (lang === 'th' ? r.item.nameTh : r.item.nameEn) + (r.item.component ?? '');
  const numeric = (r: DotRow<T>): number | null => {
    switch (key) {
      case 'result':
        return r.item.result.kind === 'value' ? r.item.result.value : null;
      case 'distance':
        return r.distance;
      case 'score':
        return r.item.score;
      case 'status':
        return categoryOrder[r.category];
      case 'province':
        return null;
    }
  };
  const mult = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'province') return mult * name(a).localeCompare(name(b), lang);
    const x = numeric(a);
    const y = numeric(b);
    if (x === null && y === null) return name(a).localeCompare(name(b), lang);
    if (x === null) return 1;
    if (y === null) return -1;
    return mult * (x - y) || name(a).localeCompare(name(b), lang);
  });
}
