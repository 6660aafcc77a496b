/**
 * The warning board's map colourings (issue 11): a province's red (or likely-miss) items in traffic
 * bands, one indicator's projected risk, and the change against the same round last year. Pure, so
 * each colouring is tested without a browser.
 */
import type { I18n } from '../../app/i18n';
import { levelRank } from '../../../shared/classification/levels';
import {
  countBands,
  countCategory,
  itemCategory,
  rollupCategory,
  type ChangeCategory,
  type CountCategory,
  type MapCategory,
  type MapItem,
  type ProvinceRef,
  type RiskCategory,
} from './categories';
import type { MapEntryView } from './ProvinceMap';

export function warningCategoryLabel(c: MapCategory, i18n: I18n): string {
  const m = i18n.t.warning.map;
  switch (c) {
    case 'count0':
      return m.count0;
    case 'count1':
      return m.count1(i18n.num(countBands[0]), i18n.num(countBands[1] - 1));
    case 'count2':
      return m.count1(i18n.num(countBands[1]), i18n.num(countBands[2] - 1));
    case 'count3':
      return m.count3(i18n.num(countBands[2]));
    case 'noCount':
    case 'likelyMiss':
    case 'borderline':
    case 'onTrack':
    case 'met':
    case 'noRisk':
    case 'worse':
    case 'same':
    case 'better':
    case 'noCompare':
    case 'hidden':
      return m[c];
    default:
      return c;
  }
}

const byProvince = <T extends { iso: string }>(items: readonly T[]) => {
  const by = new Map<string, T[]>();
  for (const it of items) by.set(it.iso, [...(by.get(it.iso) ?? []), it]);
  return by;
};

export interface CountEntry {
  category: CountCategory | 'notAssigned' | 'outside';
  bad: number;
  total: number;
}

/** Every province's count of items for which `bad` holds, in traffic bands; `noCount` when none can be judged. */
export function categoriseByCount<T extends { iso: string }>(items: readonly T[], provinces: readonly ProvinceRef[], bad: (item: T) => boolean, judged: (item: T) => boolean): Map<string, CountEntry> {
  const by = byProvince(items);
  return new Map(
    provinces.map((p) => {
      const list = by.get(p.iso) ?? [];
      const n = list.filter(bad).length;
      const category = !p.inMeasure ? 'outside' : list.length === 0 ? 'notAssigned' : !list.some(judged) ? 'noCount' : countCategory(n);
      return [p.iso, { category, bad: n, total: list.length }];
    }),
  );
}

export function countMapView(entries: ReadonlyMap<string, CountEntry>, title: string, i18n: I18n): Map<string, MapEntryView> {
  const out = new Map<string, MapEntryView>();
  for (const [iso, e] of entries) {
    const lines = e.category === 'outside' || e.category === 'notAssigned' ? [] : [`${title}: ${i18n.t.warning.map.countOf(i18n.num(e.bad), i18n.num(e.total))}`];
    out.set(iso, { category: e.category, statusText: warningCategoryLabel(e.category, i18n), lines });
  }
  return out;
}

/** The outlook's risk classes as map categories, worst first (a province with components takes its worst). */
export const riskOrder = ['likely-miss', 'borderline', 'no-data', 'on-track', 'met'] as const;
export type RiskClass = (typeof riskOrder)[number];
export const riskCategory: Record<RiskClass, RiskCategory> = { 'likely-miss': 'likelyMiss', borderline: 'borderline', 'no-data': 'noRisk', 'on-track': 'onTrack', met: 'met' };

export function categoriseByRisk<T extends { iso: string; risk: RiskClass }>(items: readonly T[], provinces: readonly ProvinceRef[]): Map<string, { category: RiskCategory | 'notAssigned' | 'outside'; items: T[] }> {
  const by = byProvince(items);
  return new Map(
    provinces.map((p) => {
      const list = by.get(p.iso) ?? [];
      const worst = riskOrder.find((r) => list.some((i) => i.risk === r));
      return [p.iso, { category: !p.inMeasure ? 'outside' : worst ? riskCategory[worst] : 'notAssigned', items: list }];
    }),
  );
}

/** now / then: the rolled-up category (one indicator) or the count of items below minimum (all). */
export interface ChangeEntry {
  category: ChangeCategory;
  now: MapCategory | number | null;
  then: MapCategory | number | null;
}

const rank = (c: MapCategory) => (c === 'belowMin' || c === 'min' || c === 'std' || c === 'adv' ? levelRank[c] : null);

/**
 * Each province against the same round last year. With one indicator: its rolled-up level now and
 * then (up is better). Over all indicators: the number of items below minimum (fewer is better).
 * `noCompare` when either side has no numeric result to compare.
 */
export function categoriseChange<T extends MapItem>(
  now: readonly T[],
  before: readonly T[],
  provinces: readonly ProvinceRef[],
  oneIndicator: boolean,
): Map<string, ChangeEntry> {
  const a = byProvince(now);
  const b = byProvince(before);
  return new Map(
    provinces.map((p): [string, ChangeEntry] => {
      const n = a.get(p.iso) ?? [];
      const t = b.get(p.iso) ?? [];
      if (!p.inMeasure) return [p.iso, { category: 'outside', now: null, then: null }];
      if (n.length === 0) return [p.iso, { category: 'notAssigned', now: null, then: null }];
      if (oneIndicator) {
        const cn = rollupCategory(n);
        const ct = rollupCategory(t);
        const rn = rank(cn);
        const rt = rank(ct);
        const category = rn === null || rt === null ? 'noCompare' : rn > rt ? 'better' : rn < rt ? 'worse' : 'same';
        return [p.iso, { category, now: cn, then: ct }];
      }
      const judged = (l: readonly T[]) => l.filter((i) => i.level !== null);
      const red = (l: readonly T[]) => l.filter((i) => itemCategory(i) === 'belowMin' && i.level !== null).length;
      const category = judged(n).length === 0 || judged(t).length === 0 ? 'noCompare' : red(n) < red(t) ? 'better' : red(n) > red(t) ? 'worse' : 'same';
      return [p.iso, { category, now: red(n), then: red(t) }];
    }),
  );
}

/** A province user's map: every other province in the measure is "another province", never "not assigned". */
export function hideOthers(view: ReadonlyMap<string, MapEntryView>, own: string | null, i18n: I18n): ReadonlyMap<string, MapEntryView> {
  if (!own) return view;
  const out = new Map<string, MapEntryView>();
  for (const [iso, e] of view) out.set(iso, iso === own || e.category === 'outside' ? e : { category: 'hidden', statusText: i18n.t.warning.map.hidden, lines: [] });
  return out;
}
