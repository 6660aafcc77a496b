/**
 * The overview drawn by the server, then hydrated, in a real headless Chromium against the built client
 * and the real server: the coloured map is there with scripts off; with scripts on, the browser takes
 * the same drawing over without a mismatch (React would log it and draw afresh), the tooltip, keyboard
 * and links work, and a reader's language choice is drawn by the server on the next visit.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../server/platform/browser/chromium';
import { categoryFill } from '../../client/components/map/fills';
import { ensureClientBuilt } from './helpers/build';
import { startServer, type RunningServer } from '../helpers/server';
import { addSession, signInOverHttp, type E2eRole } from './helpers/session';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  await ensureClientBuilt();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page signed in as `role`, recording every error the page logs or throws. */
async function open(role: E2eRole, opts: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, javaScriptEnabled: opts.javaScriptEnabled ?? true });
  contexts.push(context);
  await addSession(context, server.baseUrl, await signInOverHttp(server.baseUrl, role));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { page, errors };
}

const fills = (page: Page) => page.$$eval('.map-provinces path[data-iso]', (ps) => ps.map((p) => `${p.getAttribute('data-iso')} ${p.getAttribute('data-category')} ${p.getAttribute('fill')}`));

describe('the overview drawn on the server', () => {
  it('shows the coloured map with scripts off, and the hydrated map keeps exactly those colours', async () => {
    const off = await open('staff', { javaScriptEnabled: false });
    await off.page.goto(`${server.baseUrl}/overview/2566/6`);
    const drawn = await fills(off.page);
    expect(drawn).toHaveLength(77);
    for (const line of drawn) {
      const [iso, category, fill] = line.split(' ');
      expect(fill, iso).toBe(categoryFill[category as keyof typeof categoryFill]);
    }
    expect(await off.page.textContent('h1')).toContain('ภาพรวมระดับประเทศ');
    expect(await off.page.textContent('.attribution')).toContain('CC BY-IGO 3.0');
    expect(await off.page.locator('svg[data-ready]').count()).toBe(0); // no handlers without scripts

    const on = await open('staff');
    await on.page.goto(`${server.baseUrl}/overview/2566/6`);
    await on.page.waitForSelector('html[data-map-ready="true"]');
    expect(await fills(on.page)).toEqual(drawn);
    const [painted, ready] = await on.page.evaluate(() => ['map-painted', 'map-ready'].map((n) => performance.getEntriesByName(n)[0]!.startTime));
    expect(painted).toBeLessThanOrEqual(ready!);
    // Hydrated, not redrawn: the tooltip on focus and Enter to open work on the server's paths.
    await on.page.focus('path[data-iso="TH-15"]');
    expect(await on.page.textContent('[role="tooltip"]')).toContain('อ่างทอง');
    await on.page.keyboard.press('Enter');
    await on.page.waitForURL('**/provinces/2566/6/TH-15');
    expect(on.errors).toEqual([]);
  });

  it('moves `/` to the newest round’s overview before hydrating, without a mismatch', async () => {
    const { page, errors } = await open('staff');
    await page.goto(`${server.baseUrl}/?indicator=ECO-05`);
    await page.waitForSelector('html[data-map-ready="true"]');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/overview/2566/12?indicator=ECO-05');
    expect(await page.getAttribute('svg[data-colour-key]', 'data-colour-key')).toBe('ECO-05');
    expect(errors).toEqual([]);
  });

  it('draws a reader’s language on the next visit once chosen, and a province user’s own map at 390 px', async () => {
    const { page, errors } = await open('staff');
    await page.goto(`${server.baseUrl}/overview/2566/6`);
    await page.waitForSelector('html[data-map-ready="true"]');
    // Chosen before the cookie existed (local storage only): drawn afresh in English, and the cookie written.
    await page.evaluate(() => window.localStorage.setItem('kpi.lang', 'en'));
    await page.reload();
    await page.waitForSelector('html[data-map-ready="true"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.waitForSelector('html[data-map-ready="true"]');
    expect(await page.getAttribute('#root', 'data-ssr-lang')).toBe('en');
    expect(await page.textContent('h1')).toContain('National overview');
    expect(errors).toEqual([]);

    const own = await open('province', { width: 390 });
    await own.page.goto(`${server.baseUrl}/overview/2566/6`);
    await own.page.waitForSelector('html[data-map-ready="true"]');
    const categories = await own.page.$$eval('.map-provinces path[data-iso]', (ps) => ps.map((p) => [p.getAttribute('data-iso'), p.getAttribute('data-category')]));
    expect(categories.filter(([iso, c]) => iso !== 'TH-15' && c !== 'outside' && c !== 'hidden')).toEqual([]);
    expect(await own.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(own.errors).toEqual([]);
  });
});
