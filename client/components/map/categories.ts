/**
 * How a province is coloured: one category per province, from its items of one indicator (level
 * scheme) or from all its items (share scheme). Pure, so colouring is tested without a browser.
 */
import { statusRollupOrder } from '../../../shared/classification/rollup';
import { levelRank } from '../../../shared/classification/levels';
import { levels, type Level, type Status } from '../../../shared/classification/types';

export const levelScheme = [...levels, 'notReported', 'pending', 'notAssigned', 'outside'] as const;
export const shareScheme = ['share0', 'share1', 'share2', 'share3', 'share4', 'notAssigned', 'outside'] as const;
export type LevelCategory = (typeof levelScheme)[number];
export type ShareCategory = (typeof shareScheme)[number];
export type MapCategory = LevelCategory | ShareCategory | WarningCategory;
export type Scheme = 'level' | 'share' | WarningScheme;

/** Lower bounds (percent of a province's items below minimum) of share1..share4; share0 is exactly 0. */
export const shareBands = [0, 20, 40, 60] as const;

export interface MapItem {
  iso: string;
  status: Status;
  level: Level | null;
  component: string | null;
}

export interface ProvinceRef {
  iso: string;
  inMeasure: boolean;
}

export interface LevelEntry<T extends MapItem> {
  category: LevelCategory;
  items: T[];
}

export interface ShareEntry<T extends MapItem> {
  category: ShareCategory;
  items: T[];
  belowMin: number;
  /** Percent of items below minimum; null when the province has no items. */
  share: number | null;
}

/** One item's category: its level when it has a numeric result, else its neutral status. */
export function itemCategory(item: Pick<MapItem, 'status' | 'level'>): LevelCategory {
  if (item.status === 'notReported' || item.status === 'pending') return item.status;
  return item.level ?? 'belowMin';
}

/**
 * One category for a province's items of one indicator. With components (water sources, industrial
 * areas) the province takes the weakest: the status roll-up order of the classification engine
 * (below minimum, then not reported, then pending), then the lowest level reached.
 */
export function rollupCategory(items: readonly Pick<MapItem, 'status' | 'level'>[]): LevelCategory {
  if (items.length === 0) return 'notAssigned';
  for (const s of statusRollupOrder) {
    if (s === 'metMin') break;
    if (items.some((i) => i.status === s)) return s === 'belowMin' ? 'belowMin' : s;
  }
  let worst: Level = 'adv';
  for (const i of items) if (i.level && levelRank[i.level] < levelRank[worst]) worst = i.level;
  return worst;
}

/** The share scheme's category for `belowMin` of `total` items. */
export function shareCategory(belowMin: number, total: number): ShareCategory {
  if (total === 0) return 'notAssigned';
  if (belowMin === 0) return 'share0';
  const pct = (belowMin / total) * 100;
  if (pct >= shareBands[3]) return 'share4';
  if (pct >= shareBands[2]) return 'share3';
  if (pct >= shareBands[1]) return 'share2';
  return 'share1';
}

function groupByProvince<T extends MapItem>(items: readonly T[]): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const it of items) {
    const list = by.get(it.iso);
    if (list) list.push(it);
    else by.set(it.iso, [it]);
  }
  return by;
}

/** Every province's entry for one indicator's items; provinces outside the measure are `outside`. */
export function categoriseByIndicator<T extends MapItem>(items: readonly T[], provinces: readonly ProvinceRef[]): Map<string, LevelEntry<T>> {
  const by = groupByProvince(items);
  return new Map(
    provinces.map((p) => {
      const list = by.get(p.iso) ?? [];
      return [p.iso, { category: p.inMeasure ? rollupCategory(list) : 'outside', items: list }];
    }),
  );
}

/** Every province's entry for the overall measure: the share of all its items below minimum. */
export function categoriseByShare<T extends MapItem>(items: readonly T[], provinces: readonly ProvinceRef[]): Map<string, ShareEntry<T>> {
  const by = groupByProvince(items);
  return new Map(
    provinces.map((p) => {
      const list = by.get(p.iso) ?? [];
      const belowMin = list.filter((i) => i.status === 'belowMin').length;
      const share = list.length ? (belowMin / list.length) * 100 : null;
      return [p.iso, { category: p.inMeasure ? shareCategory(belowMin, list.length) : 'outside', items: list, belowMin, share }];
    }),
  );
}

/** How many provinces fall in each category of a scheme (the legend's counts). */
export function countCategories<C extends MapCategory>(scheme: readonly C[], entries: Iterable<{ category: MapCategory }>): Record<C, number> {
  const counts = Object.fromEntries(scheme.map((c) => [c, 0])) as Record<C, number>;
  for (const e of entries) if (e.category in counts) counts[e.category as C]++;
  return counts;
}

/*
 * The warning board's schemes (issue 11): how many of a province's items are red (or likely to miss)
 * in traffic-light bands; one item's projected year-end risk; the change against the same round last
 * year. `hidden` is another province on a province user's map: not "not assigned", just not theirs.
 */
export const countScheme = ['count0', 'count1', 'count2', 'count3', 'noCount', 'notAssigned', 'outside'] as const;
export const riskScheme = ['likelyMiss', 'borderline', 'onTrack', 'met', 'noRisk', 'notAssigned', 'outside'] as const;
export const changeScheme = ['worse', 'same', 'better', 'noCompare', 'notAssigned', 'outside'] as const;
export type CountCategory = (typeof countScheme)[number];
export type RiskCategory = (typeof riskScheme)[number];
export type ChangeCategory = (typeof changeScheme)[number];
export type WarningCategory = CountCategory | RiskCategory | ChangeCategory | 'hidden';
export type WarningScheme = 'count' | 'risk' | 'change';

/** Lower bounds of count1..count3 (items below minimum, or likely to miss, in one province). */
export const countBands = [1, 3, 6] as const;

export function countCategory(n: number): CountCategory {
  if (n >= countBands[2]) return 'count3';
  if (n >= countBands[1]) return 'count2';
  if (n >= countBands[0]) return 'count1';
  return 'count0';
}

export const schemeCategories: Record<Scheme, readonly MapCategory[]> = {
  level: levelScheme,
  share: shareScheme,
  count: countScheme,
  risk: riskScheme,
  change: changeScheme,
};
