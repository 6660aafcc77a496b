/**
 * Client budgets, measured on the built app served by the real server, in headless Chromium:
 * - first-load JavaScript of the overview (gzip): the entry script and its modulepreloads from
 *   dist/client/index.html, cross-checked with the scripts the browser actually fetched before the map
 *   was ready;
 * - time from navigation start to the coloured map being painted with its handlers attached (the page
 *   marks `map-ready`), on a fresh browser context (cold cache) each load;
 * - the indicator switch, measured in the page from the select's change to the paint of the
 *   re-coloured map (`indicator-switch` measure);
 * - the overview beside a static page fetching the same JSON (bench/client-baseline.ts), with where
 *   each side's time goes (bench/client-timeline.ts).
 * Run alone with `npx tsx bench/client-bench.ts [loads]`; `npm run bench` prints the same section.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../server/platform/browser/chromium';
import { projectRoot } from '../server/bootstrap';
import { ensureClientBuilt } from '../tests/e2e/helpers/build';
import { startServer } from '../tests/helpers/server';
import { addSession, signInOverHttp } from '../tests/e2e/helpers/session';
import { staticBaseline, type ClientBaseline } from './client-baseline';
import { formatTimeline } from './client-timeline';
import { median } from './import-bench';

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

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const kb = (bytes: number) => fmt(bytes / 1024, 1);

/** Prints the client section of `npm run bench`; returns whether every budget was met. */
export async function printClientSection(loads = 7): Promise<boolean> {
  const client = await benchClient(loads);
  let ok = true;
  const jsOk = client.firstLoadGzip <= 250 * 1024 && client.fetchedBeforeReadyGzip <= 250 * 1024;
  ok &&= jsOk;
  console.log(`Client: first-load JavaScript of the overview (gzip, from dist/client/index.html):`);
  console.log(`  ${client.firstLoad.map((f) => `${f.file} ${kb(f.gzip)} KB`).join('; ')}`);
  console.log(`  total ${kb(client.firstLoadGzip)} KB; fetched by the browser before the map was ready: ${kb(client.fetchedBeforeReadyGzip)} KB (${client.fetchedBeforeReady.length} files)  budget ≤ 250 KB: ${verdict(jsOk)}`);
  for (const [path, ms] of Object.entries(client.interactiveMs)) {
    const pathOk = median(ms) <= 1500;
    ok &&= pathOk;
    console.log(`  ${path}: navigation start → map painted with its handlers attached, cold cache, median of ${ms.length}: ${fmt(median(ms))} ms  budget ≤ 1,500 ms: ${verdict(pathOk)}`);
    console.log(`    runs: ${ms.map((m) => fmt(m)).join(', ')} ms`);
  }
  const cb = client.baseline;
  const cbOk = cb.ratio <= 2;
  ok &&= cbOk;
  console.log(`  /overview/2566/6 beside a static page (bare Hono) fetching the same JSON and outlines and drawing them, alternating cold loads:`);
  console.log(`    both served with the product page's ${Object.entries(cb.commitHeaders).map(([h, v]) => `${h}: ${v}`).join(', ') || '(no commit headers)'}`);
  console.log(`    coloured map painted: product ${fmt(median(cb.productMs))} ms, static ${fmt(median(cb.staticMs))} ms (medians), ratio ${fmt(cb.ratio, 2)} (pairs ${cb.pairRatios.map((x) => fmt(x, 2)).join(', ')})  budget ≤ 2: ${verdict(cbOk)}`);
  console.log(`    product's map hydrated (tooltip, keyboard, links): ${fmt(median(cb.productReadyMs))} ms, ratio ${fmt(cb.readyRatio, 2)} to the static page (not budgeted)`);
  console.log(`    where the time goes, product: ${formatTimeline(cb.product)}`);
  console.log(`    where the time goes, static:  ${formatTimeline(cb.static)}`);
  const switchMedian = median(client.switchMs);
  const switchOk = switchMedian <= 50;
  ok &&= switchOk;
  console.log(`  indicator switch → re-coloured map painted (measured in the page), median of ${client.switchMs.length}: ${fmt(switchMedian, 1)} ms, max ${fmt(Math.max(...client.switchMs), 1)} ms  budget ≤ 50 ms: ${verdict(switchOk)}\n`);
  return ok;
}

if (process.argv[1]?.endsWith('client-bench.ts')) {
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min)`);
  const ok = await printClientSection(Number(process.argv[2] ?? 7));
  console.log(`machine at the end: load average ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')}`);
  process.exitCode = ok ? 0 : 1;
}
