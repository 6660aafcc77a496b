/**
 * A round's outlook as the API serves it: the engine's entries beside the round view's items, then
 * scoped (a province user's own items) and ranked into the watch list.
 */
import type { OutlookItem, OutlookListItem, RiskCounts, RoundOutlook, RoundOutlookList, Watchlist, WatchItem, WatchProvince } from '../../../shared/contracts';
import type { Province } from '../../../shared/contracts';
import { outlookOfRound, type OutlookConfig, type Projection, type Risk } from '../../../shared/outlook';
import type { LoadedRound } from './outlook.queries';

/** An item's outlook without its explanation and inputs: what the list, the watch list and the notices read. */
export type OutlookRow = Omit<OutlookItem, 'inputs' | 'explanationTh' | 'explanationEn'>;

export interface NationalOutlook {
  round: { year: number; round: number };
  items: OutlookRow[];
  /**
   * Each item's projection, by the item's index: its inputs and explanation, which only the
   * one-province outlook shows. The engine writes an explanation when it is read (methods.ts), so a
   * cold round-wide list or watch list formats no sentence.
   */
  projections: (Projection | null)[];
  bandYears: number[];
  source: string;
}

/**
 * `rounds` must hold the round itself and every stored round before it (the engine's history and the
 * years its bands are measured on); the last of them is the round projected.
 */
export function nationalOutlook(rounds: readonly LoadedRound[], year: number, round: number, config: OutlookConfig): NationalOutlook {
  const now = rounds.find((r) => r.year === year && r.round === round)!;
  const { entries, bands } = outlookOfRound(rounds.map((r) => r.stored), year, round, config);
  // projectRound maps the round's items in order: entry i is item i. Each row is one object literal, not
  // spreads of the item's key fields and the projection's: measured (issue 10), the spreads cost ~50 µs
  // an item under tsx (34 ms for the round), the literal ~1 µs.
  const items = now.items.map((it, i): OutlookRow => {
    const e = entries[i]!;
    const p = e.projection;
    const ind = now.indicators.get(it.indicatorCode)!;
    return {
      iso: it.iso,
      nameTh: it.provinceNameTh,
      nameEn: it.provinceNameEn,
      code: it.indicatorCode,
      group: it.group,
      component: it.component,
      direction: it.direction,
      kind: it.kind,
      unitTh: ind.unitTh,
      unitEn: ind.unitEn,
      decimals: ind.decimals,
      targets: it.targets,
      status: it.classification.status,
      level: it.classification.level,
      current: e.current,
      projected: p?.projected ?? null,
      band: e.band,
      risk: e.risk,
      method: p?.method ?? null,
    };
  });
  return { round: { year, round }, items, projections: entries.map((e) => e.projection), bandYears: bands.years, source: config.source };
}

const countKey: Record<Risk, keyof RiskCounts> = { 'likely-miss': 'likelyMiss', borderline: 'borderline', 'on-track': 'onTrack', met: 'met', 'no-data': 'noData' };

export function countRisks(items: readonly { risk: Risk }[]): RiskCounts {
  const counts: RiskCounts = { likelyMiss: 0, borderline: 0, onTrack: 0, met: 0, noData: 0 };
  for (const i of items) counts[countKey[i.risk]] += 1;
  return counts;
}

/**
 * One province's outlook with everything: each item's explanation and its method's inputs (after the
 * row's fields, in the order its readers have always received them).
 */
export function provinceOutlook(n: NationalOutlook, iso: string): RoundOutlook {
  const items: OutlookItem[] = [];
  n.items.forEach((row, k) => {
    if (row.iso !== iso) return;
    const p = n.projections[k] ?? null;
    items.push({ ...row, explanationTh: p?.explanationTh ?? null, explanationEn: p?.explanationEn ?? null, inputs: p?.inputs ?? null });
  });
  return { round: n.round, items, counts: countRisks(items), bandYears: n.bandYears, source: n.source };
}

/**
 * A projection to two places more than the indicator shows (`decimals`), so a reader may still compare
 * two projections the page shows alike; the engine's 17 digits were a fifth of the list's compressed
 * bytes (random digits do not compress). The one-province outlook keeps them whole.
 */
const shown = (x: number, decimals: number) => {
  const scale = 10 ** (decimals + 2);
  return Math.round(x * scale) / scale;
};

/** A row of the round-wide list: the fields the warning board uses and issue 11 names, no explanations. */
const listItem = (i: OutlookRow): OutlookListItem => ({
  iso: i.iso,
  nameTh: i.nameTh,
  code: i.code,
  component: i.component,
  status: i.status,
  decimals: i.decimals,
  current: i.current,
  projected: i.projected === null ? null : shown(i.projected, i.decimals),
  band: i.band && { low: shown(i.band.low, i.decimals), high: shown(i.band.high, i.decimals) },
  risk: i.risk,
  method: i.method,
});

/**
 * The round-wide outlook for every province (`iso` undefined) or a province user's own. Measured
 * (issue 10): at 465 KB (31 KB brotli) the body itself set the route's p99 at 50 connections — bare
 * Hono sending the same bytes had the same p99 — and the explanations were most of it.
 */
export function outlookList(n: NationalOutlook, iso: string | undefined): RoundOutlookList {
  const items = (iso === undefined ? n.items : n.items.filter((i) => i.iso === iso)).map(listItem);
  return { round: n.round, items, counts: countRisks(items), bandYears: n.bandYears, source: n.source };
}

/** How far a likely-miss projection falls short of the minimum, as % of |minimum| (worse side by direction). */
export function shortfallPct(i: Pick<OutlookItem, 'risk' | 'projected' | 'direction' | 'targets'>): number | null {
  if (i.risk !== 'likely-miss' || i.projected === null || i.targets.min === 0) return null;
  const gap = i.direction === 'higher' ? i.targets.min - i.projected : i.projected - i.targets.min;
  return (gap / Math.abs(i.targets.min)) * 100;
}

/**
 * Provinces ranked by likely-miss items (most first), then by summed shortfall % (largest first), then
 * by ISO so that the order is stable. Only provinces with items this year appear; for a province user
 * (`iso`), only its own.
 */
export function rankWatchlist(n: NationalOutlook, iso: string | undefined, provinces: ReadonlyMap<string, Province>): Watchlist {
  const byIso = new Map<string, OutlookRow[]>();
  for (const i of n.items) {
    if (iso !== undefined && i.iso !== iso) continue;
    const list = byIso.get(i.iso);
    if (list) list.push(i);
    else byIso.set(i.iso, [i]);
  }
  const rows: Omit<WatchProvince, 'rank'>[] = [...byIso].map(([iso, items]) => {
    const p = provinces.get(iso)!;
    const watchItems: WatchItem[] = items.map((i) => ({
      code: i.code, group: i.group, component: i.component, risk: i.risk, projected: i.projected, min: i.targets.min, shortfallPct: shortfallPct(i),
    }));
    const shortfall = watchItems.reduce((sum, w) => sum + (w.shortfallPct ?? 0), 0);
    return { iso, nameTh: p.nameTh, nameEn: p.nameEn, region: p.region, cluster: p.cluster, counts: countRisks(items), shortfallPct: shortfall, items: watchItems };
  });
  rows.sort((a, b) => b.counts.likelyMiss - a.counts.likelyMiss || b.shortfallPct - a.shortfallPct || a.iso.localeCompare(b.iso));
  return { round: n.round, provinces: rows.map((r, i) => ({ rank: i + 1, ...r })) };
}
