/**
 * The watch list's filters (region, cluster, indicator group, risk) over the API's ranking. The ranking
 * itself is the server's (likely-miss items, then summed shortfall); filtering by group or risk
 * recounts each province over the items that pass, and drops provinces left with none.
 */
import type { IndicatorGroup } from '../../../../shared/reference';

export const watchRisks = ['likely-miss', 'borderline', 'on-track', 'met', 'no-data'] as const;
export type WatchRisk = (typeof watchRisks)[number];

export interface WatchItemLike {
  code: string;
  group: IndicatorGroup;
  component: string | null;
  risk: WatchRisk;
  shortfallPct: number | null;
}

export interface WatchProvinceLike<I extends WatchItemLike = WatchItemLike> {
  iso: string;
  rank: number;
  region: string;
  cluster: string | null;
  shortfallPct: number;
  items: I[];
}

export interface WatchFilters {
  region: string | null;
  cluster: string | null;
  group: IndicatorGroup | null;
  risk: WatchRisk | null;
}

export type RiskTally = Record<WatchRisk, number>;

export interface WatchRow<P extends WatchProvinceLike> {
  province: P;
  /** The items that pass the group and risk filters. */
  items: P['items'];
  tally: RiskTally;
  /** Summed shortfall % of the passing likely-miss items. */
  shortfallPct: number;
}

export function tally(items: readonly WatchItemLike[]): RiskTally {
  const t = Object.fromEntries(watchRisks.map((r) => [r, 0])) as RiskTally;
  for (const i of items) t[i.risk]++;
  return t;
}

export function filterWatchlist<P extends WatchProvinceLike>(provinces: readonly P[], f: WatchFilters): WatchRow<P>[] {
  const rows: WatchRow<P>[] = [];
  for (const p of provinces) {
    if (f.region && p.region !== f.region) continue;
    if (f.cluster && p.cluster !== f.cluster) continue;
    const items = p.items.filter((i) => (!f.group || i.group === f.group) && (!f.risk || i.risk === f.risk)) as P['items'];
    if ((f.group || f.risk) && items.length === 0) continue;
    const shortfallPct = items.reduce((s, i) => s + (i.risk === 'likely-miss' ? (i.shortfallPct ?? 0) : 0), 0);
    rows.push({ province: p, items, tally: tally(items), shortfallPct });
  }
  return rows;
}
