/**
 * The stored values the methods read, indexed once per projection run so that a whole round (about
 * 900 items) costs one pass over the history, not one scan per item.
 */
import type { HistoryValue, StoredRound } from './types';

const key = (year: number, round: number, iso: string, code: string, component: string | null) =>
  `${year}|${round}|${iso}|${code}|${component ?? ''}`;

export interface HistoryIndex {
  value(year: number, round: number, iso: string, code: string, component: string | null): number | undefined;
  /** Year-end / same-round ratios of one indicator in one year, one per province (and component) having both. */
  ratios(year: number, round: number, finalRound: number, code: string): number[];
}

/** A year-end/same-round ratio, defined only when both are non-zero and of the same sign (so it is > 0). */
export function ratioOf(sameRound: number | undefined, yearEnd: number | undefined): number | undefined {
  if (sameRound === undefined || yearEnd === undefined || sameRound === 0 || yearEnd === 0) return undefined;
  const r = yearEnd / sameRound;
  return r > 0 && Number.isFinite(r) ? r : undefined;
}

export function indexHistory(values: readonly HistoryValue[]): HistoryIndex {
  const byKey = new Map<string, number>();
  for (const v of values) byKey.set(key(v.fiscalYear, v.round, v.iso, v.indicatorCode, v.component), v.value);
  const ratioCache = new Map<string, number[]>();
  return {
    value: (y, r, iso, code, comp) => byKey.get(key(y, r, iso, code, comp)),
    ratios(year, round, finalRound, code) {
      const k = `${year}|${round}|${finalRound}|${code}`;
      let list = ratioCache.get(k);
      if (!list) {
        list = [];
        for (const v of values) {
          if (v.fiscalYear !== year || v.round !== round || v.indicatorCode !== code) continue;
          const r = ratioOf(v.value, byKey.get(key(year, finalRound, v.iso, code, v.component)));
          if (r !== undefined) list.push(r);
        }
        ratioCache.set(k, list);
      }
      return list;
    },
  };
}

/**
 * The history a projection at (year, round) may see: every numeric result of earlier years, and of this
 * year's rounds up to and including this one — never this year's later rounds (that is the answer).
 */
export function historyBefore(rounds: readonly StoredRound[], fiscalYear: number, round: number): HistoryValue[] {
  const out: HistoryValue[] = [];
  for (const r of rounds) {
    if (r.fiscalYear > fiscalYear || (r.fiscalYear === fiscalYear && r.round > round)) continue;
    for (const i of r.items) {
      if (i.result.kind !== 'value') continue;
      out.push({ fiscalYear: r.fiscalYear, round: r.round, iso: i.iso, indicatorCode: i.indicatorCode, component: i.component, value: i.result.value });
    }
  }
  return out;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Linear-interpolated quantile (type 7, as R and numpy default). */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? s[lo]!) - s[lo]!);
}
