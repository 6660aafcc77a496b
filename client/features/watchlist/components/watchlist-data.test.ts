import { describe, expect, it } from 'vitest';
import { filterWatchlist, type WatchProvinceLike } from './watchlist-data';

const p = (iso: string, rank: number, region: string, cluster: string, items: WatchProvinceLike['items']): WatchProvinceLike => ({ iso, rank, region, cluster, shortfallPct: 0, items });
const provinces = [
  p('TH-15', 1, 'Central', 'ภาคกลางตอนบน 1', [
    { code: 'ECO-05', group: 'economic', component: null, risk: 'likely-miss', shortfallPct: 12.5 },
    { code: 'SOC-01', group: 'social', component: null, risk: 'likely-miss', shortfallPct: 3 },
    { code: 'ENV-02', group: 'environment', component: 'แม่น้ำน้อย', risk: 'borderline', shortfallPct: null },
  ]),
  p('TH-20', 2, 'Eastern', 'ภาคตะวันออก 1', [
    { code: 'ECO-05', group: 'economic', component: null, risk: 'on-track', shortfallPct: null },
    { code: 'SOC-01', group: 'social', component: null, risk: 'likely-miss', shortfallPct: 1 },
  ]),
];

describe('filterWatchlist', () => {
  it('keeps the server ranking and every province when nothing is filtered', () => {
    const rows = filterWatchlist(provinces, { region: null, cluster: null, group: null, risk: null });
    expect(rows.map((r) => r.province.iso)).toEqual(['TH-15', 'TH-20']);
    expect(rows[0]!.tally).toEqual({ 'likely-miss': 2, borderline: 1, 'on-track': 0, met: 0, 'no-data': 0 });
    expect(rows[0]!.shortfallPct).toBe(15.5);
  });

  it('recounts over the indicator group and drops provinces with no item left', () => {
    const rows = filterWatchlist(provinces, { region: null, cluster: null, group: 'economic', risk: 'likely-miss' });
    expect(rows.map((r) => r.province.iso)).toEqual(['TH-15']);
    expect(rows[0]!.items.map((i) => i.code)).toEqual(['ECO-05']);
    expect(rows[0]!.shortfallPct).toBe(12.5);
  });

  it('filters by region and cluster', () => {
    expect(filterWatchlist(provinces, { region: 'Eastern', cluster: null, group: null, risk: null }).map((r) => r.province.iso)).toEqual(['TH-20']);
    expect(filterWatchlist(provinces, { region: null, cluster: 'ภาคกลางตอนบน 1', group: null, risk: null }).map((r) => r.province.iso)).toEqual(['TH-15']);
    expect(filterWatchlist(provinces, { region: 'Eastern', cluster: 'ภาคกลางตอนบน 1', group: null, risk: null })).toEqual([]);
  });
});
