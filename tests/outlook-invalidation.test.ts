/**
 * The outlook is computed once per data version, and its explanations are written only when read
 * (issue 10, the cold outlook): an import must show in the very next read of every outlook route —
 * the round-wide list, the watch list, the changes and the one-province outlook with its explanation
 * — whether it came through this app or through a second connection to the same file (the CLI).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createApp } from '../server/app';
import { openDemoAppWithSecondConnection } from './helpers/demo-app';
import { multipart, type Session } from './helpers/test-app';
import { csv, header } from './helpers/test-db';

let otherApp: ReturnType<typeof createApp>;
let staff: Session;
let close = () => {};
beforeAll(async () => {
  ({ staff, otherApp, close } = await openDemoAppWithSecondConnection());
});
afterAll(() => close());

/** อ่างทอง's OTOP revenue (ECO-05) at six months; the demo's value is 449.21 (borderline). */
const otopRow = (result: number) => [2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, result, ''];

const json = async (path: string): Promise<any> => {
  const res = await staff.request(path);
  expect(res.status, path).toBe(200);
  return res.json();
};

/** What each outlook route says of อ่างทอง's ECO-05 now. */
async function otopEverywhere() {
  const list = await json('/api/rounds/2566/6/outlook');
  const own = await json('/api/rounds/2566/6/provinces/TH-15/outlook');
  const watch = await json('/api/rounds/2566/6/watchlist');
  const changes = await json('/api/rounds/2566/6/changes?against=previous-year');
  const isOtop = (i: any) => i.iso === 'TH-15' && i.code === 'ECO-05' && i.component === null;
  return {
    list: list.items.find(isOtop),
    own: own.items.find((i: any) => i.code === 'ECO-05' && i.component === null),
    watch: watch.provinces.find((p: any) => p.iso === 'TH-15').items.find((i: any) => i.code === 'ECO-05' && i.component === null),
    changes: changes.items.find(isOtop),
  };
}

async function importOtop(result: number, via: 'this app' | 'another connection') {
  const init = { method: 'POST', body: multipart(csv([header, otopRow(result)]), `otop-${result}.csv`) };
  let res: Response;
  if (via === 'this app') res = await staff.request('/api/imports', init);
  else {
    const headers = new Headers({ cookie: staff.cookie, 'x-csrf-token': staff.csrfToken });
    res = await otherApp.request('/api/imports', { ...init, headers });
  }
  expect(res.status, await res.clone().text()).toBe(200);
}

describe('the outlook after an import', () => {
  it.each(['this app', 'another connection'] as const)('shows the new result in the next read of every outlook route (import through %s)', async (via) => {
    const before = await otopEverywhere(); // fills every cache level first
    expect(before.list.current).toBe(449.21);
    expect(before.list.risk).toBe('borderline');
    expect(before.own.explanationTh).toContain('449.21');

    await importOtop(800, via);
    const after = await otopEverywhere();
    for (const row of [after.list, after.own, after.changes]) expect(row.current ?? row.now).toBe(800);
    expect(after.list.projected).toBeGreaterThan(before.list.projected);
    // 800 is past the minimum (707.14) of a revenue that only grows: met already.
    expect(after.list.risk).toBe('met');
    expect(after.watch.risk).toBe('met');
    expect(after.own.projected).toBeCloseTo(after.list.projected, 2);
    // The explanation is the new result's, written for this data version (not the cached one's).
    expect(after.own.explanationTh).toContain('800.00');
    expect(after.own.explanationTh).not.toContain('449.21');
    expect(after.own.explanationEn).toContain('800.00');
    expect(after.own.inputs.current).toBe(800);
    expect(after.watch.projected).toBe(after.own.projected);
    expect(after.changes.now).toBe(800);

    await importOtop(449.21, via);
    const back = await otopEverywhere();
    expect(back).toEqual(before);
  });
});
