/**
 * Load on the real server over loopback: the summary and province endpoints, signed in as a staff
 * user, 50 connections for 10 s each, and a bare Hono JSON route in the same run for the ratio.
 * Server memory (VmRSS) is sampled throughout.
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { startServer } from '../tests/helpers/server';

export interface LoadResult {
  name: string;
  requestsPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function load(name: string, url: string, headers: Record<string, string>, duration: number): Promise<LoadResult> {
  const r = await autocannon({ url, connections: 50, duration, headers });
  return { name, requestsPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, total: r.requests.total };
}

export async function benchLoad(duration = 10): Promise<{ results: LoadResult[]; memory: { start: number; max: number; end: number; samples: number[] } }> {
  const server = await startServer();
  const bare = await startServer({ script: 'bench/bare-server.ts' });
  try {
    const login = await fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'opdc.staff', password: 'demo-staff-2566' }) });
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const headers = { cookie };
    const summary = `${server.baseUrl}/api/rounds/2566/6/summary`;
    const province = `${server.baseUrl}/api/rounds/2566/6/provinces/TH-15`;
    for (const u of [summary, province]) await fetch(u, { headers }); // fill the cache once, as the first user would

    const pid = server.pid;
    const samples: number[] = [rssMb(pid)];
    const timer = setInterval(() => samples.push(rssMb(pid)), 500);
    const results: LoadResult[] = [];
    results.push(await load('GET /api/rounds/2566/6/summary', summary, headers, duration));
    results.push(await load('GET /api/rounds/2566/6/provinces/TH-15', province, headers, duration));
    clearInterval(timer);
    samples.push(rssMb(pid));
    results.push(await load('bare Hono JSON route (baseline)', `${bare.baseUrl}/json`, {}, duration));
    return { results, memory: { start: samples[0]!, max: Math.max(...samples), end: samples[samples.length - 1]!, samples } };
  } finally {
    await server.stop();
    await bare.stop();
  }
}
