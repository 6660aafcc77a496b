/**
 * Client budgets, measured on the built app served by the real server, in headless Chromium:
 * - first-load JavaScript of the overview (gzip): the entry script and its modulepreloads from
 *   dist/client/index.html, cross-checked with the scripts the browser actually fetched before the map
 *   was ready;
 * - time from navigation start to the coloured map being painted with its handlers attached (the page
 *   marks `map-ready`), on a fresh browser context (cold cache) each load;
 * - the indicator switch, measured in the page from the select's change to the paint of the
 *   re-coloured map (`indicator-switch` measure);
 * - the overview beside a static page fetching the same JSON (bench/client-baseline.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../server/platform/browser/chromium';
import { projectRoot } from '../server/bootstrap';
import { ensureClientBuilt } from '../tests/e2e/helpers/build';
import { startServer } from '../tests/helpers/server';
import { addSession, signInOverHttp } from '../tests/e2e/helpers/session';
import { staticBaseline, type ClientBaseline } from './client-baseline';

const dist = join(projectRoot, 'dist/client');

export interface ClientBench {
  firstLoad: { file: string; gzip: number }[];
  firstLoadGzip: number;
  /** Gzip size of the JS the browser fetched before `map-ready` (should equal firstLoadGzip). */
  fetchedBeforeReadyGzip: number;
  fetchedBeforeReady: string[];
  /** Navigation start → map-ready, ms, one per cold load, per URL. */
  interactiveMs: Record<string, number[]>;
  /** Indicator switch → re-coloured map painted, ms. */
  switchMs: number[];
  /** `/overview/2566/6` beside a static page fetching the same JSON, alternating loads. */
  baseline: ClientBaseline;
}

const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;

/** The entry script and the modulepreload links of index.html: what the browser fetches before any code runs. */
export function firstLoadFiles(html = readFileSync(join(dist, 'index.html'), 'utf8')): string[] {
  const entry = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set([...entry, ...preloads])];
}

export async function benchClient(loads = 7, switches = 30): Promise<ClientBench> {
  await ensureClientBuilt(true);
  const files = firstLoadFiles();
  const firstLoad = files.map((file) => ({ file, gzip: gz(file) }));
  const server = await startServer();
  const browser = await launchBrowser();
  // Measured as a signed-in staff user opening the page (the sign-in itself is not part of the budget).
  const cookie = await signInOverHttp(server.baseUrl, 'staff');
  try {
    const interactiveMs: Record<string, number[]> = { '/overview/2566/6': [], '/': [] };
    let fetchedBeforeReady: string[] = [];
    // One warm-up load so the first measured one does not pay for Chromium's own start-up.
    for (const path of ['warmup', ...Array.from({ length: loads }, () => Object.keys(interactiveMs)).flat()]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await addSession(context, server.baseUrl, cookie);
      const page = await context.newPage();
      await page.goto(server.baseUrl + (path === 'warmup' ? '/' : path));
      await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 });
      const { ready, scripts } = await page.evaluate(() => {
        const mark = performance.getEntriesByName('map-ready')[0]!;
        const scripts = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js') && e.startTime < mark.startTime)
          .map((e) => new URL(e.name).pathname.slice(1));
        return { ready: mark.startTime, scripts };
      });
      if (path !== 'warmup') interactiveMs[path]!.push(ready);
      fetchedBeforeReady = scripts;
      await context.close();
    }

    const baseline = await staticBaseline(browser, server.baseUrl, cookie, loads);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await addSession(context, server.baseUrl, cookie);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/overview/2566/6`, { waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-map-ready="true"]');
    const codes = await page.$$eval('#indicator-picker option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    const switchMs: number[] = [];
    for (let i = 0; i < switches; i++) {
      const code = codes[(i + 1) % codes.length]!;
      const before = await page.evaluate(() => performance.getEntriesByName('indicator-switch').length);
      await page.selectOption('#indicator-picker', code);
      await page.waitForFunction((n) => performance.getEntriesByName('indicator-switch').length > n, before);
      switchMs.push(await page.evaluate(() => performance.getEntriesByName('indicator-switch').at(-1)!.duration));
    }
    await context.close();

    return {
      firstLoad,
      firstLoadGzip: firstLoad.reduce((a, f) => a + f.gzip, 0),
      fetchedBeforeReady,
      fetchedBeforeReadyGzip: fetchedBeforeReady.reduce((a, f) => a + gz(f), 0),
      interactiveMs,
      switchMs,
      baseline,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
