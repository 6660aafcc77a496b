/**
 * Load on the real server over loopback, signed in as a staff user, 50 connections, beside a bare
 * Hono server returning the same bytes per route (bench/bare-server.ts): both asked as a browser asks
 * (`Accept-Encoding: br, gzip`), the baseline sending the product's own compressed bytes with the
 * product's own headers. Product and baseline run
 * interleaved (A B A B …, a few seconds each) and the ratio is the median of the pairs' ratios, so
 * a load spike from elsewhere on the machine hits both sides of a pair. Server memory is sampled.
 */
import autocannon from 'autocannon';
import { get } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/helpers/server';
import { median } from './import-bench';

export interface LoadResult {
  name: string;
  requestsPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

export interface RoutePair {
  route: string;
  bytes: number;
  product: LoadResult;
  bare: LoadResult;
  /** Median over the pairs of product req/s ÷ bare req/s. */
  ratio: number;
  pairRatios: number[];
}

export const ROUTES: Record<string, string> = {
  summary: '/api/rounds/2566/6/summary',
  province: '/api/rounds/2566/6/provinces/TH-15',
  indicator: '/api/rounds/2566/6/indicators/ECO-05',
  items: '/api/rounds/2566/6/items',
  history: '/api/provinces/TH-15/history',
  rounds: '/api/rounds',
};

/** Routes measured when the product has them (the outlook module lands from another branch); skipped on a 404. */
export const OPTIONAL_ROUTES: Record<string, string> = {
  outlook: '/api/rounds/2566/6/outlook',
  watchlist: '/api/rounds/2566/6/watchlist',
};

/** What a browser sends with every API read. */
const BROWSER_HEADERS = { 'accept-encoding': 'br, gzip' };
/** Headers of the product's answer the baseline repeats (the rest are per-connection). */
const SKIP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; body: Buffer; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks), headers: res.headers as Record<string, string> }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function load(name: string, url: string, headers: Record<string, string>, duration: number): Promise<LoadResult> {
  const r = await autocannon({ url, connections: 50, duration, headers });
  return { name, requestsPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, total: r.requests.total };
}

/** The pair with the median ratio stands for the route (its figures are real runs, not averages). */
function medianPair(name: string, pairs: [LoadResult, LoadResult][]): Omit<RoutePair, 'route' | 'bytes'> {
  const ratios = pairs.map(([a, b]) => a.requestsPerSec / b.requestsPerSec);
  const ratio = median(ratios);
  const mid = pairs[ratios.indexOf([...ratios].sort((x, y) => x - y)[Math.floor((ratios.length - 1) / 2)]!)]!;
  return { product: { ...mid[0], name }, bare: { ...mid[1], name: `bare, same bytes` }, ratio, pairRatios: ratios };
}

export async function benchLoad(seconds = 3, pairs = 3): Promise<{ routes: RoutePair[]; memory: { start: number; max: number; end: number; samples: number[] } }> {
  const server = await startServer();
  const bodies = mkdtempSync(join(tmpdir(), 'kpi-bench-bodies-'));
  let bare: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const login = await fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'opdc.staff', password: 'demo-staff-2566' }) });
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const headers = { cookie, ...BROWSER_HEADERS };
    // Capture each body and its headers as autocannon will receive them, which also fills the caches.
    const sizes: Record<string, number> = {};
    const routes: Record<string, string> = { ...ROUTES };
    // BENCH_ROUTES=summary,province measures only those (a quicker before/after while working).
    const only = process.env.BENCH_ROUTES?.split(',').filter(Boolean);
    if (only) for (const name of Object.keys(routes)) if (!only.includes(name)) delete routes[name];
    for (const [name, path] of Object.entries(OPTIONAL_ROUTES)) {
      if (only && !only.includes(name)) continue;
      const res = await fetch(`${server.baseUrl}${path}`, { headers: { cookie } });
      await res.arrayBuffer();
      if (res.status === 200) routes[name] = path;
      else console.log(`  (${name}: ${path} answers ${res.status} on this build: not measured)`);
    }
    for (const [name, path] of Object.entries(routes)) {
      // fetch() would decode the body: ask with node's http to keep the bytes as sent.
      const { status, body, headers: sent } = await rawGet(`${server.baseUrl}${path}`, headers);
      if (status !== 200) throw new Error(`${path}: ${status}`);
      sizes[name] = body.byteLength;
      writeFileSync(join(bodies, `${name}.json`), body);
      writeFileSync(join(bodies, `${name}.headers`), JSON.stringify(Object.fromEntries(Object.entries(sent).filter(([k]) => !SKIP_HEADERS.has(k)))));
    }
    bare = await startServer({ script: 'bench/bare-server.ts', env: { BENCH_BODIES: bodies } });

    const pid = server.pid;
    const samples: number[] = [rssMb(pid)];
    const timer = setInterval(() => samples.push(rssMb(pid)), 500);
    const pairsOut: RoutePair[] = [];
    for (const [name, path] of Object.entries(routes)) {
      const runs: [LoadResult, LoadResult][] = [];
      for (let i = 0; i < pairs; i++) {
        const a = await load(name, `${server.baseUrl}${path}`, headers, seconds);
        const b = await load(name, `${bare.baseUrl}/same/${name}`, BROWSER_HEADERS, seconds);
        runs.push([a, b]);
      }
      pairsOut.push({ route: `GET ${path}`, bytes: sizes[name]!, ...medianPair(`GET ${path}`, runs) });
    }
    clearInterval(timer);
    samples.push(rssMb(pid));
    return { routes: pairsOut, memory: { start: samples[0]!, max: Math.max(...samples), end: samples[samples.length - 1]!, samples } };
  } finally {
    await server.stop();
    await bare?.stop();
    rmSync(bodies, { recursive: true, force: true });
  }
}

/**
 * `npx tsx bench/load-bench.ts [seconds] [pairs]` runs this section alone (BENCH_ROUTES=summary,items
 * to pick routes), printing the load average before and after.
 */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' / ');
  console.log(`load bench: ${os.cpus().length} cores, load average ${load()}`);
  const r = await benchLoad(Number(process.argv[2] ?? 3), Number(process.argv[3] ?? 3));
  for (const p of r.routes) {
    const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
    console.log(`  ${p.route.padEnd(40)} ${(p.bytes / 1024).toFixed(1).padStart(6)} KB  product ${fmt(p.product.requestsPerSec).padStart(6)} req/s p50 ${p.product.p50} p99 ${p.product.p99} ms  bare ${fmt(p.bare.requestsPerSec).padStart(6)} req/s p99 ${p.bare.p99} ms  ratio ${p.ratio.toFixed(2)} (pairs ${p.pairRatios.map((x) => x.toFixed(2)).join(', ')})  errors ${p.product.errors} non-2xx ${p.product.non2xx}`);
  }
  console.log(`  server memory: start ${r.memory.start.toFixed(0)} MB, max ${r.memory.max.toFixed(0)} MB; load average after ${load()}`);
}
