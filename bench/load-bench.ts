/**
 * Load on the real server over loopback: the summary and province endpoints, signed in as a staff
 * user, 50 connections for 10 s each, and a bare Hono JSON route in the same run for the ratio.
 * Server memory (VmRSS) is sampled throughout.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../server/bootstrap';

export interface LoadResult {
  name: string;
  requestsPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

function start(script: string, env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: projectRoot, env: { ...process.env, ...env } });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${out}`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/localhost:(\d+)/.exec(out);
      if (m) (clearTimeout(timer), resolve({ child, base: `http://127.0.0.1:${m[1]}` }));
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
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

export async function benchLoad(duration = 10): Promise<{ results: LoadResult[]; memory: { start: number; max: number; end: number; samples: number[] } }> {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-load-'));
  const server = await start('server/main.ts', { KPI_DB: join(dir, 'kpi.sqlite'), PORT: '0', HOST: '127.0.0.1' });
  const bare = await start('bench/bare-server.ts', {});
  try {
    const login = await fetch(`${server.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'opdc.staff', password: 'demo-staff-2566' }) });
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const headers = { cookie };
    const summary = `${server.base}/api/rounds/2566/6/summary`;
    const province = `${server.base}/api/rounds/2566/6/provinces/TH-15`;
    for (const u of [summary, province]) await fetch(u, { headers }); // fill the cache once, as the first user would

    const pid = server.child.pid!;
    const samples: number[] = [rssMb(pid)];
    const timer = setInterval(() => samples.push(rssMb(pid)), 500);
    const results: LoadResult[] = [];
    results.push(await load('GET /api/rounds/2566/6/summary', summary, headers, duration));
    results.push(await load('GET /api/rounds/2566/6/provinces/TH-15', province, headers, duration));
    clearInterval(timer);
    samples.push(rssMb(pid));
    results.push(await load('bare Hono JSON route (baseline)', `${bare.base}/json`, {}, duration));
    return { results, memory: { start: samples[0]!, max: Math.max(...samples), end: samples[samples.length - 1]!, samples } };
  } finally {
    server.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
