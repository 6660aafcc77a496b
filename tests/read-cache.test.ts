/**
 * The read routes' bodies are cached per data version (server/platform/http/cache.ts). On a real SQLite
 * file with a second app on a second connection to the same file (as the import CLI or a second server
 * would be): a write there must show in this app's very next read of every cached route, and a province
 * user must never receive a body cached for another caller.
 */
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createApp } from '../server/app';
import { openDemoAppWithSecondConnection } from './helpers/demo-app';
import { multipart, type Session, type TestApp } from './helpers/test-app';
import { csv, header } from './helpers/test-db';

let t: TestApp;
let otherApp: ReturnType<typeof createApp>;
let staff: Session;
let angthong: Session;
let chonburi: Session;
let close = () => {};
beforeAll(async () => {
  ({ t, staff, otherApp, close } = await openDemoAppWithSecondConnection());
  angthong = await t.signIn('province', 'TH-15');
  chonburi = await t.signIn('province', 'TH-20');
});
afterAll(() => close());

/** The same signed-in session, its request served by the app on the other connection. */
const viaOther = (s: Session, path: string, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  headers.set('cookie', s.cookie);
  headers.set('x-csrf-token', s.csrfToken);
  return otherApp.request(path, { ...init, headers });
};

const json = async (s: Session, path: string): Promise<any> => {
  const res = await s.request(path);
  expect(res.status, path).toBe(200);
  return res.json();
};

const tourismRow = (result: number) => [2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, result, ''];
const eco05Value = (items: any[]) => items.find((i) => i.indicatorCode === 'ECO-05' && i.component === null)?.result.value;

describe('an import from another connection', () => {
  it('shows in the next read of every cached round view', async () => {
    // Fill the caches first.
    const before = {
      items: await json(staff, '/api/rounds/2566/6/items'),
      indicator: await json(staff, '/api/rounds/2566/6/indicators/ECO-05'),
      province: await json(staff, '/api/rounds/2566/6/provinces/TH-15'),
      history: await json(staff, '/api/provinces/TH-15/history?code=ECO-05'),
      summary: await json(staff, '/api/rounds/2566/6/summary'),
      rounds: await json(staff, '/api/rounds'),
    };
    expect(eco05Value(before.items.items.filter((i: any) => i.iso === 'TH-15'))).toBe(449.21);
    const summaryBelow = before.summary.indicators.find((i: any) => i.code === 'ECO-05').counts.belowMin;

    const res = await viaOther(staff, '/api/imports', { method: 'POST', body: multipart(csv([header, tourismRow(800)]), 'change.csv') });
    expect(res.status, await res.clone().text()).toBe(200);

    const items = await json(staff, '/api/rounds/2566/6/items');
    expect(eco05Value(items.items.filter((i: any) => i.iso === 'TH-15'))).toBe(800);
    const indicator = await json(staff, '/api/rounds/2566/6/indicators/ECO-05');
    expect(indicator.items.find((i: any) => i.iso === 'TH-15').result.value).toBe(800);
    expect(indicator.counts.belowMin).toBe(before.indicator.counts.belowMin - 1);
    expect(eco05Value((await json(staff, '/api/rounds/2566/6/provinces/TH-15')).items)).toBe(800);
    const history = await json(staff, '/api/provinces/TH-15/history?code=ECO-05');
    expect(history.series[0].points.find((p: any) => p.year === 2566 && p.round === 6).result.value).toBe(800);
    const summary = await json(staff, '/api/rounds/2566/6/summary');
    expect(summary.indicators.find((i: any) => i.code === 'ECO-05').counts.belowMin).toBe(summaryBelow - 1);
    const rounds = await json(staff, '/api/rounds');
    const r6 = (b: any) => b.rounds.find((r: any) => r.year === 2566 && r.round === 6);
    expect(r6(rounds).lastImportAt).not.toBe(r6(before.rounds).lastImportAt);

    // Back to the demo's value, again from the other connection.
    expect((await viaOther(staff, '/api/imports', { method: 'POST', body: multipart(csv([header, tourismRow(449.21)]), 'back.csv') })).status).toBe(200);
    expect(eco05Value((await json(staff, '/api/rounds/2566/6/provinces/TH-15')).items)).toBe(449.21);
  });

  it('serves the cached body compressed with the same content as uncompressed', async () => {
    const path = '/api/rounds/2566/6/indicators/ECO-05';
    const plain = await (await staff.request(path, { headers: { 'accept-encoding': 'identity' } })).text();
    const br = await staff.request(path, { headers: { 'accept-encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8')).toBe(plain);
  });
});

describe('a notice edit from another connection', () => {
  it('shows in the next read of the cached notice and notice list', async () => {
    const notice = await json(staff, '/api/notices/2566/6/TH-15');
    const item = notice.model.items[0];
    const text = `ข้อสังเกตที่แก้ไขจากการเชื่อมต่ออื่น ${Date.now()}`;
    const put = await viaOther(staff, `/api/notices/2566/6/TH-15/observations/${item.assignmentId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    expect(put.status, await put.clone().text()).toBe(200);
    const after = await json(staff, '/api/notices/2566/6/TH-15');
    expect(after.model.items[0].observation).toMatchObject({ text, edited: true });

    // The province sees no notice until it is issued; issuing from the other connection shows at once.
    expect((await json(angthong, '/api/notices/2566/6')).notices).toHaveLength(0);
    for (const action of ['review', 'issue']) {
      const res = await viaOther(staff, '/api/notices/2566/6/actions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, isos: ['TH-15'] }) });
      expect(res.status, await res.clone().text()).toBe(200);
    }
    const list = await json(angthong, '/api/notices/2566/6');
    expect(list.notices.map((n: any) => n.iso)).toEqual(['TH-15']);
    expect(list.notices[0].state).toBe('issued');
    expect((await json(staff, '/api/notices/2566/6')).totals.issued).toBe(1);
  });
});

describe('a province user never receives another caller’s cached body', () => {
  const scoped = ['/api/rounds/2566/6/items', '/api/rounds/2566/6/indicators/ECO-05', '/api/rounds/2566/6/summary', '/api/rounds', '/api/notices/2566/6'];

  it('gets only its own province from every scoped route, whoever filled the cache first', async () => {
    for (const path of scoped) {
      // Staff first (the national body is cached), then each province, then staff again.
      const national = await json(staff, path);
      const a = await json(angthong, path);
      const b = await json(chonburi, path);
      expect(JSON.stringify(a), path).not.toBe(JSON.stringify(national));
      expect(JSON.stringify(a), path).not.toBe(JSON.stringify(b));
      expect(await json(staff, path)).toEqual(national);
      expect(await json(angthong, path)).toEqual(a);
    }
    const isos = (b: any) => new Set<string>(b.items.map((i: any) => i.iso));
    expect(isos(await json(angthong, '/api/rounds/2566/6/items'))).toEqual(new Set(['TH-15']));
    expect(isos(await json(chonburi, '/api/rounds/2566/6/items'))).toEqual(new Set(['TH-20']));
    for (const s of [angthong, chonburi]) {
      const own = s === angthong ? 'TH-15' : 'TH-20';
      const ind = await json(s, '/api/rounds/2566/6/indicators/ECO-05');
      expect(ind.items.every((i: any) => i.iso === own)).toBe(true);
      const summary = await json(s, '/api/rounds/2566/6/summary');
      expect(summary.totals.provinces).toBeLessThanOrEqual(1);
    }
  });

  it('is refused another province’s cached province view and history', async () => {
    await json(staff, '/api/rounds/2566/6/provinces/TH-20');
    await json(staff, '/api/provinces/TH-20/history');
    expect((await angthong.request('/api/rounds/2566/6/provinces/TH-20')).status).toBe(403);
    expect((await angthong.request('/api/provinces/TH-20/history')).status).toBe(403);
    expect((await angthong.request('/api/notices/2566/6/TH-20')).status).toBe(403);
  });

  it('gets the issued notice, not staff’s cached draft', async () => {
    const draft = await json(staff, '/api/notices/2566/6/TH-15');
    const issued = await json(angthong, '/api/notices/2566/6/TH-15');
    expect(issued.status.state).toBe('issued');
    expect(issued.status.hash).toBe('');
    expect(draft.status.hash).not.toBe('');
  });
});
