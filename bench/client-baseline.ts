/**
 * The overview's map time beside its floor: a static page from bare Hono (bench/bare-server.ts)
 * fetching the very JSON the overview needs (the same bytes, captured from the product: me, rounds,
 * summary, items, indicators, provinces, and the province outlines) all at once, then drawing the 77
 * coloured paths and marking `map-ready` after the next paint. Both sides are timed at the same moment:
 * the coloured province paths painted (the product's `map-painted`: its server-drawn map, or the
 * client's when the server drew none). The product's `map-ready` (hydrated: tooltip, keyboard and
 * links work) is reported beside it against the same static page. Loads alternate product / baseline
 * on fresh browser contexts (cold cache); each ratio is the median over the pairs.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { projectRoot } from '../server/bootstrap';
import { addSession } from '../tests/e2e/helpers/session';
import { startServer } from '../tests/helpers/server';
import { observeLongTasks, readTimeline, type LoadTimeline } from './client-timeline';
import { median } from './import-bench';

export interface ClientBaseline {
  /** Navigation start → the product's coloured map painted, ms. */
  productMs: number[];
  /** Navigation start → the product's map hydrated and painted (handlers attached), ms. */
  productReadyMs: number[];
  staticMs: number[];
  pairRatios: number[];
  /** Median over the pairs of product painted ÷ static. */
  ratio: number;
  /** Median over the pairs of product ready ÷ static. */
  readyRatio: number;
  product: LoadTimeline[];
  static: LoadTimeline[];
  /** The product page's headers the static page was served with too (they decide how the browser commits it). */
  commitHeaders: Record<string, string>;
}

const PAGE = '/overview/2566/6';
const BODIES: Record<string, string> = {
  me: '/api/auth/me',
  rounds: '/api/rounds',
  summary: '/api/rounds/2566/6/summary',
  items: '/api/rounds/2566/6/items',
  indicators: '/api/indicators?year=2566',
  provinces: '/api/provinces',
};

/** Response headers of the product's page that change how the browser commits a navigation (process, agent cluster). */
const COMMIT_HEADERS = ['cross-origin-opener-policy', 'origin-agent-cluster'];

async function mapTimeline(browser: Browser, url: string, session?: { baseUrl: string; cookie: string }): Promise<LoadTimeline> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    if (session) await addSession(context, session.baseUrl, session.cookie);
    const page = await context.newPage();
    await observeLongTasks(page);
    await page.goto(url);
    await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 });
    return await readTimeline(page);
  } finally {
    await context.close();
  }
}

export async function staticBaseline(browser: Browser, baseUrl: string, cookie: string, pairs: number): Promise<ClientBaseline> {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-bench-static-'));
  let bare: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    for (const [name, path] of Object.entries(BODIES)) {
      const res = await fetch(baseUrl + path, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      writeFileSync(join(dir, `${name}.json`), Buffer.from(await res.arrayBuffer()));
    }
    // The headers that decide how the browser commits the product's page, served with the static page
    // too: the product's `Cross-Origin-Opener-Policy: same-origin` puts the page in a new browsing
    // context group, so a fresh tab starts a new renderer process when the response arrives (traced:
    // the page's requests then start ~130–150 ms after its HTML is in, at load ≈ 5); a static page
    // without it reuses the tab's first process. Both sides now pay the same navigation.
    const page = await fetch(baseUrl + PAGE, { headers: { cookie } });
    await page.arrayBuffer();
    const commit = Object.fromEntries(COMMIT_HEADERS.flatMap((h) => (page.headers.get(h) ? [[h, page.headers.get(h)!]] : [])));
    writeFileSync(join(dir, 'static-page.headers'), JSON.stringify(commit));
    // The same geometry bytes the product's page fetches: the outlines projected at build time.
    const shapes = readdirSync(join(projectRoot, 'dist/client/assets')).find((f) => /^th-provinces\.shapes-[\w-]+\.json$/.test(f));
    if (!shapes) throw new Error('dist/client has no th-provinces.shapes-*.json: build the client first');
    copyFileSync(join(projectRoot, 'dist/client/assets', shapes), join(dir, 'topology.json'));
    bare = await startServer({ script: 'bench/bare-server.ts', env: { BENCH_BODIES: dir } });
    const staticUrl = `${bare.baseUrl}/static-page?names=${[...Object.keys(BODIES), 'topology'].join(',')}`;
    await mapTimeline(browser, staticUrl); // warm-up of both
    await mapTimeline(browser, baseUrl + PAGE, { baseUrl, cookie });
    const product: LoadTimeline[] = [];
    const statics: LoadTimeline[] = [];
    for (let i = 0; i < pairs; i++) {
      product.push(await mapTimeline(browser, baseUrl + PAGE, { baseUrl, cookie }));
      statics.push(await mapTimeline(browser, staticUrl));
    }
    const staticMs = statics.map((t) => t.painted);
    const pairRatios = product.map((p, i) => p.painted / staticMs[i]!);
    const readyRatios = product.map((p, i) => p.ready / staticMs[i]!);
    return {
      productMs: product.map((t) => t.painted),
      productReadyMs: product.map((t) => t.ready),
      staticMs,
      pairRatios,
      ratio: median(pairRatios),
      readyRatio: median(readyRatios),
      product,
      static: statics,
      commitHeaders: commit,
    };
  } finally {
    await bare?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
