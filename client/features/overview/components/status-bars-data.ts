/**
 * Shapes the round summary into the seed's "สรุปรายตัวชี้วัด" charts: one stacked bar of status counts
 * per indicator, grouped by indicator group in catalog order, numbered within the group as the seed does.
 */
import { statuses, type Status } from '../../../../shared/classification/types';
import { indicatorGroups, type IndicatorGroup } from '../../../../shared/indicator-groups';

export interface SummaryLike {
  code: string;
  nameTh: string;
  nameEn: string;
  group: IndicatorGroup;
  example: boolean;
  provincesAssigned: number;
  items: number;
  counts: Record<Status, number>;
}

export type BarRow = Record<Status, number> & {
  code: string;
  /** Position within its group, from 1. */
  n: number;
  nameTh: string;
  nameEn: string;
  example: boolean;
  provincesAssigned: number;
  total: number;
};

export interface BarGroup {
  group: IndicatorGroup;
  rows: BarRow[];
  /** The largest total in the group, so every group's axis can share one scale when wanted. */
  max: number;
}

export function statusBarGroups(indicators: readonly SummaryLike[]): BarGroup[] {
  return indicatorGroups
    .map((group) => {
      const rows = indicators
        .filter((i) => i.group === group)
        .map((i, idx): BarRow => {
          const total = statuses.reduce((sum, s) => sum + i.counts[s], 0);
          return { code: i.code, n: idx + 1, nameTh: i.nameTh, nameEn: i.nameEn, example: i.example, provincesAssigned: i.provincesAssigned, total, ...i.counts };
        });
      return { group, rows, max: Math.max(0, ...rows.map((r) => r.total)) };
    })
    .filter((g) => g.rows.length > 0);
}

/**
 * Cuts a label to `max` characters (grapheme clusters, so a Thai vowel or tone mark is never split
 * from its consonant) and adds an ellipsis.
 */
export function shorten(text: string, max: number): string {
  const parts = typeof Intl.Segmenter === 'function' ? Array.from(new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(text), (s) => s.segment) : Array.from(text);
  return parts.length <= max ? text : `${parts.slice(0, max).join('').trimEnd()}…`;
}

/** Left to right: the warning first, then met, then the neutrals. */
export const barOrder: readonly Status[] = ['belowMin', 'metMin', 'notReported', 'pending'];

/** How the bars can be ordered within each group: the catalog's order, or most of one status first. */
export const barSorts = ['catalog', ...barOrder] as const;
export type BarSort = 'catalog' | Status;

/** Rows in the chosen order; ties keep the catalog order (the sort is stable). */
export function sortBarRows(rows: readonly BarRow[], sort: BarSort): BarRow[] {
  if (sort === 'catalog') return [...rows];
  return [...rows].sort((a, b) => b[sort] - a[sort] || a.n - b.n);
}
