/**
 * The overview's first screen drawn on the server (server/platform/http/first-screen-render.ts) from
 * the client's real build (dist/client + dist/ssr, built as `npm start` builds them), on a real SQLite
 * file through the real app: the coloured map is in the HTML, drawn only from what the caller may
 * see, in the reader's language, and the one inline script it adds is allowed by the page's CSP.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../client/app/i18n/en';
import { categoryFill } from '../client/components/map/fills';
import { dataDir, projectRoot } from '../server/bootstrap';
import { createApp } from '../server/app';
import { loadDemoData } from '../server/modules/imports/demo';
import { ensureClientBuilt } from './e2e/helpers/build';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let app: ReturnType<typeof createApp>;
let staff: Session;
let angthong: Session;
beforeAll(async () => {
  await ensureClientBuilt();
  t = createTestApp();
  await loadDemoData(t.db, join(dataDir, 'demo'));
  app = createApp({ db: t.db, config: t.config, mapAttribution: 'test attribution', clientDir: join(projectRoot, 'dist/client') });
  staff = await t.signIn('staff');
  angthong = await t.signIn('province', 'TH-15');
}, 180_000);
afterAll(() => t?.close());

async function page(path: string, cookie?: string) {
  const res = await app.request(path, { headers: cookie ? { cookie } : {} });
  expect(res.status).toBe(200);
  const html = await res.text();
  const root = /<div id="root"([^>]*)>([\s\S]*)<\/div><script>/.exec(html);
  // Each drawn province: its ISO code, category and fill, in document order.
  const provinces = [...(root?.[2] ?? '').matchAll(/<path d="[^"]+" fill="([^"]+)" data-iso="(TH-\d\d)" data-category="(\w+)"/g)].map((m) => ({ fill: m[1]!, iso: m[2]!, category: m[3]! }));
  return { res, html, attrs: root?.[1] ?? null, drawn: root?.[2] ?? '', provinces };
}

describe('the overview drawn on the server', () => {
  it('puts the 77 coloured provinces, legend and attribution into the HTML, coloured as the client colours them', async () => {
    const { attrs, drawn, provinces } = await page('/overview/2566/6', staff.cookie);
    expect(attrs).toBe(' data-ssr-lang="th" data-ssr-digits="arabic"');
    expect(provinces).toHaveLength(77);
    for (const p of provinces) expect(p.fill, p.iso).toBe(categoryFill[p.category as keyof typeof categoryFill]);
    // The overall view colours by the count of items below minimum: the demo round has every band but none empty.
    expect(new Set(provinces.map((p) => p.category)).size).toBeGreaterThan(2);
    expect(drawn).toContain('test attribution');
    // Not marked ready: only the browser's hydrated map has its handlers (client/components/map/ProvinceMap.tsx).
    expect(drawn).not.toContain('data-ready');
  });

  it('draws a province user’s map from its own data only: every other province is "other provinces"', async () => {
    const { provinces, html } = await page('/overview/2566/6', angthong.cookie);
    expect(provinces).toHaveLength(77);
    const others = provinces.filter((p) => p.iso !== 'TH-15' && p.category !== 'outside');
    expect(others.length).toBeGreaterThan(70);
    for (const p of others) expect(p.category, p.iso).toBe('hidden');
    expect(provinces.find((p) => p.iso === 'TH-15')!.category).not.toBe('hidden');
    // Staff's drawing of another province's status is nowhere in the province user's page.
    const staffPage = await page('/overview/2566/6', staff.cookie);
    const label = /aria-label="(ชลบุรี[^"]+)"/.exec(staffPage.drawn)![1]!;
    expect(html).not.toContain(label);
  });

  it('draws in the language and digits the reader chose (the client copies them into cookies)', async () => {
    const { attrs, drawn } = await page('/overview/2566/6', `${staff.cookie}; kpi_lang=en; kpi_digits=thai`);
    // English readers get Arabic digits whatever the Thai preference is (client/app/i18n).
    expect(attrs).toBe(' data-ssr-lang="en" data-ssr-digits="thai"');
    expect(drawn).toContain(en.overview.mapTitle);
    const thai = await page('/overview/2566/6', `${staff.cookie}; kpi_digits=thai`);
    expect(thai.attrs).toBe(' data-ssr-lang="th" data-ssr-digits="thai"');
    expect(thai.drawn).toMatch(/[๐-๙]/);
  });

  it('draws `/` as the newest round’s overview and tells the client to move there before hydrating', async () => {
    expect((await page('/', staff.cookie)).attrs).toBe(' data-ssr-lang="th" data-ssr-digits="arabic" data-ssr-href="/overview/2566/12"');
    expect((await page('/?indicator=ECO-05', staff.cookie)).attrs).toContain('data-ssr-href="/overview/2566/12?indicator=ECO-05"');
  });

  it('draws nothing for a signed-out visitor or a province user’s landing page (no map there)', async () => {
    for (const [path, cookie] of [['/overview/2566/6', undefined], ['/', angthong.cookie]] as const) {
      const { attrs, html } = await page(path, cookie);
      expect(attrs, path).toBeNull();
      expect(html).toContain('<div id="root"></div>');
    }
  });

  it('escapes stored text in the drawing (an indicator name in the picker)', async () => {
    t.db.$client.prepare(`update indicators set name_en = name_en || '</script><b>x' where code = 'ECO-05'`).run();
    try {
      const { drawn } = await page('/overview/2566/6', `${staff.cookie}; kpi_lang=en`);
      expect(drawn).not.toContain('</script><b>x');
      expect(drawn).toContain('&lt;/script&gt;&lt;b&gt;x');
    } finally {
      t.db.$client.prepare(`update indicators set name_en = replace(name_en, '</script><b>x', '') where code = 'ECO-05'`).run();
    }
  });

  it('serves the drawn page’s data beside it, preloaded, to the caller’s own session only', async () => {
    const { html } = await page('/overview/2566/6', angthong.cookie);
    const src = /<script type="application\/json" id="kpi-preload" data-src="(\/first-screen\/[\w-]+\.json)"><\/script>/.exec(html)![1]!;
    expect(html).toContain(`<link rel="preload" href="${src}" as="fetch" crossorigin="anonymous">`);
    const own = await app.request(src, { headers: { cookie: angthong.cookie } });
    expect(own.status).toBe(200);
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    const bodies = (await own.json()) as Record<string, any>;
    expect(bodies['/api/rounds/2566/6/items']).toEqual(await (await angthong.request('/api/rounds/2566/6/items')).json());
    expect(new Set(bodies['/api/rounds/2566/6/items'].items.map((i: any) => i.iso))).toEqual(new Set(['TH-15']));
    // Anyone else, signed in or not, gets the error envelope.
    for (const cookie of [staff.cookie, undefined]) {
      const other = await app.request(src, { headers: cookie ? { cookie } : {} });
      expect(other.status).toBe(404);
      expect(((await other.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    }
  });

  it('stops serving a drawn page’s data once its session has signed out', async () => {
    const reader = await t.signIn('province', 'TH-15');
    const { html } = await page('/overview/2566/6', reader.cookie);
    const src = /data-src="(\/first-screen\/[\w-]+\.json)"/.exec(html)![1]!;
    expect((await app.request(src, { headers: { cookie: reader.cookie } })).status).toBe(200);
    expect((await reader.request('/api/auth/logout', { method: 'POST' })).status).toBe(200);
    const after = await app.request(src, { headers: { cookie: reader.cookie } });
    expect(after.status).toBe(404);
    expect(((await after.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('allows exactly its one inline script in the page’s Content-Security-Policy', async () => {
    const { res, html } = await page('/overview/2566/6', staff.cookie);
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    const hash = `'sha256-${createHash('sha256').update(inline[0]!).digest('base64')}'`;
    expect(res.headers.get('content-security-policy')).toMatch(new RegExp(`script-src 'self' ${hash.replace(/[+/]/g, '\\$&')}(;|$)`));
  });
});
