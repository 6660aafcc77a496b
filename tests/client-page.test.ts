/**
 * The client's page ships its first screen's data (server/platform/http/client-page.ts): on a real
 * SQLite file, through the real app. The client folder is a temp one holding an index.html and the
 * hashed TopoJSON name, which is all the page reads from the build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../server/bootstrap';
import { createApp } from '../server/app';
import { loadDemoData } from '../server/modules/imports/demo';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let app: ReturnType<typeof createApp>;
let clientDir: string;
let staff: Session;
let angthong: Session;
beforeAll(async () => {
  t = createTestApp();
  await loadDemoData(t.db, join(dataDir, 'demo'));
  clientDir = mkdtempSync(join(tmpdir(), 'kpi-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body><div id="root"></div></body></html>');
  writeFileSync(join(clientDir, 'assets/th-provinces.shapes-AbC123_x.json'), '{}');
  app = createApp({ db: t.db, config: t.config, mapAttribution: 'test attribution', clientDir });
  staff = await t.signIn('staff');
  angthong = await t.signIn('province', 'TH-15');
});
afterAll(() => {
  t?.close();
  if (clientDir) rmSync(clientDir, { recursive: true, force: true });
});

async function page(path: string, s?: Session): Promise<{ res: Response; html: string; data: Record<string, any> }> {
  const res = await app.request(path, { headers: s ? { cookie: s.cookie } : {} });
  const html = await res.text();
  const m = /<script type="application\/json" id="kpi-preload">(.*?)<\/script>/s.exec(html);
  return { res, html, data: m ? JSON.parse(m[1]!) : {} };
}

describe('the page preloads what its first screen asks for', () => {
  it('gives a signed-out visitor `me: null` and nothing else', async () => {
    const { res, data } = await page('/');
    expect(res.status).toBe(200);
    expect(data).toEqual({ '/api/auth/me': null });
    expect((await page('/')).html).not.toContain('th-provinces.shapes');
  });

  it('gives a stale or forged session cookie `me: null` and nothing else (not even the rounds)', async () => {
    const { res, data } = await page('/overview/2566/6', { ...staff, cookie: `${staff.cookie.split('=')[0]}=not-a-session` });
    expect(res.status).toBe(200);
    expect(data).toEqual({ '/api/auth/me': null });
  });

  it('gives staff at `/` their me, the rounds and the newest round’s overview data, as the API would', async () => {
    const { res, html, data } = await page('/', staff);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    expect(html).toContain('<link rel="preload" href="/assets/th-provinces.shapes-AbC123_x.json" as="fetch" crossorigin="anonymous">');
    expect(data['/api/auth/me']).toMatchObject({ username: staff.username, role: 'staff', csrfToken: staff.csrfToken });
    // The newest round with results in the demo is FY2566's 12-month round.
    const rounds = data['/api/rounds'].rounds.filter((r: any) => r.results > 0);
    const newest = rounds.at(-1);
    for (const p of [`/api/rounds/${newest.year}/${newest.round}/summary`, `/api/rounds/${newest.year}/${newest.round}/items`, `/api/indicators?year=${newest.year}`, '/api/provinces']) {
      expect(data[p], p).toEqual(await (await staff.request(p)).json());
    }
  });

  it('preloads the round named in an overview URL', async () => {
    const { data } = await page('/overview/2565/6', staff);
    expect(data['/api/rounds/2565/6/items'].round).toEqual({ year: 2565, round: 6 });
    expect(data['/api/rounds/2566/12/items']).toBeUndefined();
  });

  it('gives a province user only what the API gives it: its own items, and no overview at `/`', async () => {
    const landing = await page('/', angthong);
    expect(Object.keys(landing.data).sort()).toEqual(['/api/auth/me', '/api/rounds']);
    // Its landing page has no map: no outlines preloaded (the client would wait for them).
    expect(landing.html).not.toContain('th-provinces.shapes');
    const { data } = await page('/overview/2566/6', angthong);
    expect(new Set(data['/api/rounds/2566/6/items'].items.map((i: any) => i.iso))).toEqual(new Set(['TH-15']));
    expect(data['/api/auth/me']).toMatchObject({ role: 'province', provinceIso: 'TH-15' });
  });

  it('keeps user text from closing the script element', async () => {
    t.db.$client.prepare(`update provinces set name_en = name_en || '</script><b>x' where iso = 'TH-15'`).run();
    try {
      const { html, data } = await page('/overview/2566/6', staff);
      expect(html.match(/<\/script>/g)).toHaveLength(1);
      expect(data['/api/provinces'].provinces.find((p: any) => p.iso === 'TH-15').nameEn).toMatch(/<\/script><b>x$/);
    } finally {
      t.db.$client.prepare(`update provinces set name_en = replace(name_en, '</script><b>x', '') where iso = 'TH-15'`).run();
    }
  });
});
