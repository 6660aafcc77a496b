/**
 * The demo data, loaded through the real import pipeline, reproduces the seed: every province list of
 * the national table (spellings corrected), and the notice example's province.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../server/bootstrap';
import { loadDemoData } from '../server/modules/imports/demo';
import { createTestApp, type Session } from './helpers/test-app';

interface SeedRow {
  seq: number;
  indicatorNameTh: string;
  provinces: { nameTh: string; iso: string; components?: string[] }[];
}
const seed = JSON.parse(readFileSync(join(dataDir, 'reference/fy2566-r6-national-table.seed.json'), 'utf8')) as SeedRow[];

let t: ReturnType<typeof createTestApp>;
let summary: any;
let staff: Session;
beforeAll(async () => {
  t = createTestApp();
  await loadDemoData(t.db, join(dataDir, 'demo'));
  staff = await t.signIn('staff');
  summary = await (await staff.request('/api/rounds/2566/6/summary')).json();
});
afterAll(() => t.close());

describe('FY2566 6-month national table', () => {
  it.each(seed.map((s) => [s.seq, s.indicatorNameTh, s] as const))('%i. %s: the provinces below minimum are the seed’s', (_seq, name, row) => {
    const ind = summary.indicators.find((i: any) => i.nameTh === name);
    expect(ind, `indicator named ${name}`).toBeDefined();
    const expected = row.provinces.flatMap((p) => (p.components ?? [null]).map((c) => `${p.iso}|${c ?? ''}`)).sort();
    const actual = ind.belowMin.map((b: any) => `${b.iso}|${b.component ?? ''}`).sort();
    expect(actual).toEqual(expected);
    expect(ind.belowMinProvinces).toBe(row.provinces.length);
  });

  it('no other indicator has a province below minimum; Potential Base has none below minimum or unreported', () => {
    const named = new Set(seed.map((s) => s.indicatorNameTh));
    const others = summary.indicators.filter((i: any) => !named.has(i.nameTh));
    expect(others).toHaveLength(24 - 13);
    for (const i of others) expect(i.counts.belowMin, i.code).toBe(0);
    for (const i of summary.indicators.filter((x: any) => x.group === 'potential')) {
      expect(i.counts.belowMin + i.counts.notReported, i.code).toBe(0);
    }
  });
});

describe('the notice example: อ่างทอง (TH-15)', () => {
  it('has 10 items including 2 components, with status counts 0 / 4 / 3 / 3', async () => {
    const body = (await (await staff.request('/api/rounds/2566/6/provinces/TH-15')).json()) as any;
    expect(body.counts).toEqual({ items: 10, components: 2, byStatus: { notReported: 0, belowMin: 4, metMin: 3, pending: 3 } });
    const below = body.items.filter((i: any) => i.status === 'belowMin');
    // Thai-visitor tourism revenue comes first among the items below minimum, as in the seed's notice.
    expect(below[0]).toMatchObject({
      nameTh: 'รายได้จากการท่องเที่ยวของผู้เยี่ยมเยือนชาวไทย',
      result: { kind: 'value', value: 449.21 },
      targets: { min: 707.14, std: 744.34, adv: 802.25 },
      unitTh: 'ล้านบาท',
    });
  });
});
