/**
 * The early-warning routes (issue 11 §4) on the demo data in a real SQLite file: shapes, counts,
 * province scoping, both comparisons of the changes, the watch list's order, and the backtest route
 * against the engine run on the same data read back through other routes.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../server/bootstrap';
import { loadDemoData } from '../server/modules/imports/demo';
import { Backtest, RoundChanges, RoundOutlook, RoundOutlookList, Watchlist, type Indicator } from '../shared/contracts';
import { backtest, defaultOutlookConfig, type StoredRound } from '../shared/outlook';
import { formatNumber } from '../shared/thai';
import { createTestApp, type Session } from './helpers/test-app';

const OWN = 'TH-15'; // อ่างทอง
const OTHER = 'TH-20'; // ชลบุรี
let t: ReturnType<typeof createTestApp>;
let staff: Session;
let governor: Session;

beforeAll(async () => {
  t = createTestApp();
  await loadDemoData(t.db, join(dataDir, 'demo'));
  staff = await t.signIn('staff');
  governor = await t.signIn('province', OWN);
});
afterAll(() => t.close());

const get = async (s: Session, path: string) => {
  const res = await s.request(path);
  expect(res.status, path).toBe(200);
  return res.json() as Promise<any>;
};

/** Every item of the round with everything the outlook says of it: each province's own outlook, in turn. */
async function fullOutlook(s: Session, year = 2566, round = 6) {
  const list = RoundOutlookList.parse(await get(s, `/api/rounds/${year}/${round}/outlook`));
  const provinces = [...new Set(list.items.map((i) => i.iso))];
  const full = await Promise.all(provinces.map(async (iso) => RoundOutlook.parse(await get(s, `/api/rounds/${year}/${round}/provinces/${iso}/outlook`)).items));
  return full.flat();
}

describe('GET /api/rounds/:year/:round/outlook', () => {
  it('has one row per item of the round, in the contract’s shape, with counts that add up', async () => {
    const body = RoundOutlookList.parse(await get(staff, '/api/rounds/2566/6/outlook'));
    const items = (await get(staff, '/api/rounds/2566/6/items')).items as any[];
    expect(body.items).toHaveLength(items.length);
    expect(body.items.map((i) => `${i.iso}|${i.code}|${i.component}`)).toEqual(items.map((i) => `${i.iso}|${i.indicatorCode}|${i.component}`));
    const tally = { likelyMiss: 0, borderline: 0, onTrack: 0, met: 0, noData: 0 };
    const key = { 'likely-miss': 'likelyMiss', borderline: 'borderline', 'on-track': 'onTrack', met: 'met', 'no-data': 'noData' } as const;
    for (const i of body.items) tally[key[i.risk]] += 1;
    expect(body.counts).toEqual(tally);
    expect(body.counts.likelyMiss).toBeGreaterThan(0);
    expect(body.counts.onTrack).toBeGreaterThan(0);
    expect(body.bandYears).toEqual([2565]);
    // no-data exactly where there is nothing to project; otherwise a method, a band and (per province) both sentences
    for (const i of body.items) {
      if (i.risk === 'no-data') expect(i.projected).toBeNull();
      else expect([i.method, i.band].every((x) => x !== null), `${i.iso} ${i.code}`).toBe(true);
    }
    const full = await fullOutlook(staff);
    expect(full).toHaveLength(body.items.length);
    for (const i of full) {
      if (i.risk === 'no-data') expect(i.projected).toBeNull();
      else expect([i.method, i.band, i.explanationTh, i.explanationEn].every((x) => x !== null), `${i.iso} ${i.code}`).toBe(true);
    }
  });

  it('explains อ่างทอง’s OTOP revenue from its own last-year ratio', async () => {
    const body = RoundOutlook.parse(await get(staff, `/api/rounds/2566/6/provinces/${OWN}/outlook`));
    const otop = body.items.find((i) => i.code === 'ECO-05')!;
    expect(otop).toMatchObject({ current: 449.21, method: 'own-ratio', status: 'belowMin' });
    expect(otop.projected).toBeCloseTo(449.21 * otop.inputs!.ratio!, 6);
    expect(otop.explanationTh).toContain('ผล ๖ เดือน 449.21 × อัตราส่วนสิ้นปี/๖ เดือนของปีก่อน');
    expect(otop.explanationTh).toContain('ล้านบาท');
  });

  it('the round-wide list carries what the warning board draws, no explanations or inputs; the province’s outlook keeps everything (issue 10)', async () => {
    const raw = (await get(staff, '/api/rounds/2566/6/outlook')) as { items: Record<string, unknown>[] };
    const listed = ['iso', 'nameTh', 'code', 'component', 'status', 'decimals', 'current', 'projected', 'band', 'risk', 'method'];
    for (const i of raw.items) expect(Object.keys(i).sort()).toEqual([...listed].sort());
    const list = RoundOutlookList.parse(raw);
    const own = RoundOutlook.parse(await get(staff, `/api/rounds/2566/6/provinces/${OWN}/outlook`));
    expect(own.items.every((i) => 'inputs' in i && (i.risk === 'no-data' || (i.explanationTh && i.explanationEn)))).toBe(true);
    // Otherwise the same items: the list's entries for the province are the per-province ones, cut to the
    // list's fields, with projections and bands to two places more than the indicator shows.
    const mine = list.items.filter((i) => i.iso === OWN);
    expect(mine.map((i) => `${i.code}|${i.component}`)).toEqual(own.items.map((i) => `${i.code}|${i.component}`));
    for (const [k, i] of own.items.entries()) {
      const l = mine[k]!;
      const near = (a: number | null | undefined, b: number | null | undefined) => (a == null ? b == null : b != null && Math.abs(a - b) <= 0.5 * 10 ** -(i.decimals + 2) + 1e-9);
      expect({ ...l, projected: 0, band: l.band && 0 }).toEqual({ ...Object.fromEntries(listed.map((f) => [f, i[f as keyof typeof i]])), projected: 0, band: i.band && 0 });
      expect([near(i.projected, l.projected), near(i.band?.low, l.band?.low), near(i.band?.high, l.band?.high)], `${i.code} ${i.component}`).toEqual([true, true, true]);
    }
    expect(mine.some((i) => i.projected !== null && !Number.isInteger(i.projected))).toBe(true); // the check above saw fractions
  });

  it('the final round has nothing to project: 422 in Thai and English; a round not stored: 404', async () => {
    const res = await staff.request('/api/rounds/2566/12/outlook');
    expect(res.status).toBe(422);
    const err = ((await res.json()) as any).error;
    expect(err.code).toBe('FINAL_ROUND');
    expect(err.messageTh).toContain('รอบสิ้นปีงบประมาณ');
    expect((await staff.request('/api/rounds/2567/6/outlook')).status).toBe(404);
    expect((await staff.request('/api/rounds/2566/7/outlook')).status).toBe(422);
  });

  it('revalidates like the other reads: a matching If-None-Match costs a 304', async () => {
    const first = await staff.request('/api/rounds/2566/6/watchlist');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await staff.request('/api/rounds/2566/6/watchlist', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });
});

describe('province scoping', () => {
  it('a province user’s outlook, changes and watch list hold its own province only', async () => {
    const outlook = RoundOutlookList.parse(await get(governor, '/api/rounds/2566/6/outlook'));
    const national = RoundOutlookList.parse(await get(staff, '/api/rounds/2566/6/outlook'));
    expect(new Set(outlook.items.map((i) => i.iso))).toEqual(new Set([OWN]));
    expect(outlook.items).toEqual(national.items.filter((i) => i.iso === OWN)); // same projection, fewer rows
    expect(outlook.items.length).toBe(10);
    for (const against of ['previous-round', 'previous-year']) {
      const changes = RoundChanges.parse(await get(governor, `/api/rounds/2566/6/changes?against=${against}`));
      expect(new Set(changes.items.map((i) => i.iso))).toEqual(new Set([OWN]));
    }
    const watch = Watchlist.parse(await get(governor, '/api/rounds/2566/6/watchlist'));
    expect(watch.provinces.map((p) => p.iso)).toEqual([OWN]);
    expect(JSON.stringify([outlook, watch])).not.toContain(OTHER);
  });

  it('another province’s outlook page and the (all-province) backtest are refused', async () => {
    expect((await governor.request(`/api/rounds/2566/6/provinces/${OTHER}/outlook`)).status).toBe(403);
    expect((await governor.request('/api/outlook/backtest')).status).toBe(403);
  });
});

describe('GET /api/rounds/:year/:round/changes', () => {
  /** Status of every item of a round, from the plain round view. */
  const statuses = async (year: number, round: number) =>
    new Map(((await get(staff, `/api/rounds/${year}/${round}/items`)).items as any[]).map((i) => [`${i.iso}|${i.indicatorCode}|${i.component}`, i]));

  it.each([
    ['previous-round', 2566, 6, { year: 2565, round: 12 }],
    ['previous-year', 2566, 6, { year: 2565, round: 6 }],
    ['previous-round', 2566, 12, { year: 2566, round: 6 }],
    ['previous-year', 2566, 12, { year: 2565, round: 12 }],
  ] as const)('against %s at %i/%i compares with the right round, item by item', async (against, year, round, expected) => {
    const body = RoundChanges.parse(await get(staff, `/api/rounds/${year}/${round}/changes?against=${against}`));
    expect(body.against).toEqual(expected);
    const now = await statuses(year, round);
    const before = await statuses(expected.year, expected.round);
    expect(body.items).toHaveLength(now.size);
    let stillBelow = 0;
    for (const i of body.items) {
      const k = `${i.iso}|${i.code}|${i.component}`;
      const b = before.get(k);
      const n = now.get(k)!;
      expect(i.statusNow).toBe(n.status);
      expect(i.statusBefore).toBe(b?.status ?? null);
      if (b?.status === 'belowMin' && n.status === 'belowMin') {
        stillBelow += 1;
        expect(i.change, k).toBe('still-below');
      }
      if (i.before !== null && i.now !== null) expect(i.valueChange).toBeCloseTo(i.now - i.before, 9);
    }
    expect(body.counts.stillBelow).toBe(stillBelow);
    expect(stillBelow).toBeGreaterThan(0); // red-red exists in the demo data
    expect(Object.values(body.counts).reduce((a, b) => a + b, 0)).toBe(body.items.length);
  });

  it('a comparison round that is not stored: every item no-data, against null', async () => {
    const body = RoundChanges.parse(await get(staff, '/api/rounds/2565/6/changes?against=previous-year'));
    expect(body.against).toBeNull();
    expect(body.counts.noData).toBe(body.items.length);
  });

  it('an unknown comparison is a 422', async () => {
    expect((await staff.request('/api/rounds/2566/6/changes?against=last-week')).status).toBe(422);
  });
});

describe('GET /api/rounds/:year/:round/watchlist', () => {
  it('ranks by items likely to miss, then by summed shortfall, with region and cluster, agreeing with the outlook', async () => {
    const watch = Watchlist.parse(await get(staff, '/api/rounds/2566/6/watchlist'));
    const outlook = { items: await fullOutlook(staff) };
    expect(watch.provinces.map((p) => p.rank)).toEqual(watch.provinces.map((_, i) => i + 1));
    expect(new Set(watch.provinces.map((p) => p.iso))).toEqual(new Set(outlook.items.map((i) => i.iso)));
    for (const [a, b] of watch.provinces.slice(1).map((p, i) => [watch.provinces[i]!, p] as const)) {
      expect(a.counts.likelyMiss).toBeGreaterThanOrEqual(b.counts.likelyMiss);
      if (a.counts.likelyMiss === b.counts.likelyMiss) expect(a.shortfallPct).toBeGreaterThanOrEqual(b.shortfallPct);
    }
    const top = watch.provinces[0]!;
    expect(top.region).toBeTruthy();
    const own = outlook.items.filter((i) => i.iso === top.iso);
    expect(top.counts.likelyMiss).toBe(own.filter((i) => i.risk === 'likely-miss').length);
    // the shortfall, recomputed from the outlook rows
    const short = own
      .filter((i) => i.risk === 'likely-miss')
      .reduce((s, i) => s + ((i.direction === 'higher' ? i.targets.min - i.projected! : i.projected! - i.targets.min) / Math.abs(i.targets.min)) * 100, 0);
    expect(top.shortfallPct).toBeCloseTo(short, 6);
  });
});

describe('GET /api/outlook/backtest', () => {
  /** The engine's input rebuilt from the plain round and indicator routes, not from the outlook module. */
  async function storedRounds(): Promise<StoredRound[]> {
    const out: StoredRound[] = [];
    for (const year of [2565, 2566]) {
      const indicators = new Map(((await get(staff, `/api/indicators?year=${year}`)).indicators as Indicator[]).map((i) => [i.code, i]));
      for (const round of [6, 12]) {
        const items = (await get(staff, `/api/rounds/${year}/${round}/items`)).items as any[];
        out.push({
          fiscalYear: year,
          round,
          items: items.map((i) => {
            const ind = indicators.get(i.indicatorCode)!;
            return {
              iso: i.iso, indicatorCode: i.indicatorCode, component: i.component, group: ind.group, direction: ind.direction, kind: ind.kind,
              accumulates: ind.accumulates, targets: i.targets, result: i.result.kind === 'missing' ? { kind: 'notReported' } : i.result,
              unit: ind.kind === 'quantity' ? { th: ind.unitTh, en: ind.unitEn } : undefined,
            };
          }),
        });
      }
    }
    return out;
  }

  it('equals the engine’s backtest on the same data, for both methods', async () => {
    const body = Backtest.parse(await get(staff, '/api/outlook/backtest'));
    const expected = backtest(await storedRounds(), defaultOutlookConfig, 6);
    expect(body.years).toEqual(expected);
    expect(body.years.map((y) => y.fiscalYear)).toEqual([2565, 2566]);
    for (const y of body.years) {
      expect(y.outlook.overall.missed).toBe(y.naive.overall.missed); // the same year-ends, scored twice
      expect(y.outlook.overall.items).toBeGreaterThan(600);
    }
  });
});

describe('the notice’s observations (issue 11 §6)', () => {
  const sentenceOf = (text: string) => /หากผลการดำเนินงานในครึ่งปีหลัง[^ ]* คาดว่าจะอยู่ที่ ([\d,.]+)/.exec(text);

  it('a below-minimum item likely to miss states the projection the outlook route serves; the seed’s item and a final round state none', async () => {
    const national = { items: await fullOutlook(staff) };
    const byRatio = (o: (typeof national.items)[number]) => o.method !== 'current' && o.method !== null;
    // below the minimum and likely to miss it, or past it with the minimum inside the band
    const states = (o: (typeof national.items)[number]) =>
      byRatio(o) && ((o.status === 'belowMin' && o.risk === 'likely-miss') || (o.risk === 'borderline' && (o.level === 'min' || o.level === 'std')));
    const withSentence = national.items.find((o) => o.status === 'belowMin' && states(o))!.iso;
    let stated = 0;
    for (const iso of [OWN, withSentence]) {
      const items = (await get(staff, `/api/notices/2566/6/${iso}`)).model.items as any[];
      for (const o of national.items.filter((i) => i.iso === iso)) {
        const item = items.find((i) => i.indicatorCode === o.code && i.component === o.component)!;
        const sentence = sentenceOf(item.observation.text);
        expect(sentence !== null, `${iso} ${o.code} ${o.component}: ${item.observation.text}`).toBe(states(o));
        if (sentence) {
          stated += 1;
          expect(sentence[1]).toBe(formatNumber(o.projected!, { digits: 'arabic' }));
        }
      }
    }
    expect(stated).toBeGreaterThan(0);
    // อ่างทอง's tourism revenue, the seed's example, is projected to reach its minimum: no sentence, as in the seed.
    const seedItem = national.items.find((i) => i.iso === OWN && i.code === 'ECO-05')!;
    expect(seedItem.risk).not.toBe('likely-miss');
    const final = await get(staff, `/api/notices/2566/12/${OWN}`);
    for (const i of final.model.items as any[]) expect(i.observation.text).not.toContain('คาดว่าจะอยู่ที่');
  });
});
