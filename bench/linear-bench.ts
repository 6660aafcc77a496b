/**
 * Growth of the province and indicator views with one indicator's components (2.5 k → 40 k in one
 * province): time per item must stay flat. A per-item copy made the province view quadratic
 * (487 ms / 3.9 s / 20.1 s at 10 k / 20 k / 40 k), so this case exists to keep it linear.
 * In-process through `app.request` on a real SQLite file: the figure is the handler, not the network.
 */
import { join } from 'node:path';
import { dataDir } from '../server/bootstrap';
import { loadDemoData } from '../server/modules/imports/demo';
import { createTestApp } from '../tests/helpers/test-app';

export interface LinearPoint {
  components: number;
  provinceItems: number;
  provinceMs: number;
  indicatorMs: number;
}

const SIZES = [2_500, 5_000, 10_000, 20_000, 40_000];

export async function benchLinear(): Promise<LinearPoint[]> {
  const t = createTestApp();
  try {
    await loadDemoData(t.db, join(dataDir, 'demo'));
    const staff = await t.signIn('staff');
    const raw = t.db.$client;
    const ind = raw.prepare(`select id from indicators where year = 2566 and code = 'ECO-05'`).get() as { id: number };
    const batch = raw.prepare('select max(id) as id from import_batches').get() as { id: number };
    const insert = raw.prepare(
      `insert into assignments (year, province_iso, indicator_id, component, target_min, target_std, target_adv, batch_id)
       values (2566, 'TH-15', ?, ?, 10, 20, 30, ?)`,
    );
    const points: LinearPoint[] = [];
    let added = 0;
    for (const size of SIZES) {
      raw.transaction(() => {
        for (; added < size; added++) insert.run(ind.id, `bench-component-${String(added).padStart(6, '0')}`, batch.id);
      })();
      // Each size changed the data, so the first request recomputes (cold for the view cache); median of 3 cold runs.
      const province = await coldMs(t.db.$client, () => staff.request('/api/rounds/2566/6/provinces/TH-15'));
      const indicator = await coldMs(t.db.$client, () => staff.request('/api/rounds/2566/6/indicators/ECO-05'));
      const body = (await (await staff.request('/api/rounds/2566/6/provinces/TH-15')).json()) as { items: unknown[] };
      points.push({ components: size, provinceItems: body.items.length, provinceMs: province, indicatorMs: indicator });
    }
    return points;
  } finally {
    t.close();
  }
}

/** Median of three requests, each after a no-op write that moves the data version (so no cached body). */
async function coldMs(raw: import('better-sqlite3').Database, request: () => Promise<Response>): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    raw.prepare(`update assignments set target_adv = target_adv where id = (select min(id) from assignments)`).run();
    const start = performance.now();
    const res = await request();
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    runs.push(performance.now() - start);
  }
  return runs.sort((a, b) => a - b)[1]!;
}
