/**
 * Where a cached read's time goes: the real server under `node --cpu-prof`, 50 connections on one
 * route for a few seconds, then the profile's self time summed per function (top 40) and per file.
 * Not part of `npm run bench` (no budget): a tool for finding the next cost.
 *
 * @example npx tsx bench/profile-route.ts /api/rounds/2566/6/summary
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../server/bootstrap';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] }

async function main() {
  const route = process.argv[2] ?? '/api/rounds/2566/6/summary';
  const seconds = Number(process.argv[3] ?? 5);
  const dir = mkdtempSync(join(tmpdir(), 'kpi-prof-'));
  const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, KPI_DB: join(dir, 'kpi.sqlite'), PORT: '0', HOST: '127.0.0.1', KPI_WARM_BROWSER: '0', KPI_LOG_LEVEL: 'warn' },
  });
  let out = '';
  const baseUrl = await new Promise<string>((resolve) => child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    const m = /http:\/\/localhost:(\d+)/.exec(out);
    if (m) resolve(`http://127.0.0.1:${m[1]}`);
  }));
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'opdc.staff', password: 'demo-staff-2566' }) });
  const headers = { cookie: login.headers.get('set-cookie')!.split(';')[0]!, 'accept-encoding': 'br, gzip' };
  await (await fetch(baseUrl + route, { headers })).arrayBuffer();
  const r = await autocannon({ url: baseUrl + route, connections: 50, duration: seconds, headers });
  console.log(`${route}: ${r.requests.average} req/s, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}`);
  await new Promise((res) => { child.once('exit', res); child.kill('SIGTERM'); });
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes: ProfileNode[] };
  const total = profile.nodes.reduce((s, n) => s + n.hitCount, 0);
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const where = f.url.replace(/^.*node_modules\//, '').replace(`file://${projectRoot}/`, '');
    byFn.set(`${f.functionName || '(anon)'} ${where}:${f.lineNumber + 1}`, (byFn.get(`${f.functionName || '(anon)'} ${where}:${f.lineNumber + 1}`) ?? 0) + n.hitCount);
    const pkg = where.startsWith('@') ? where.split('/').slice(0, 2).join('/') : where.split('/')[0]!;
    byFile.set(pkg || f.functionName, (byFile.get(pkg || f.functionName) ?? 0) + n.hitCount);
  }
  // Inclusive time (the function or anything it called), each function counted once per stack: the
  // middleware chain's shares. Start-up stacks never pass through a request handler, so they drop out.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inclusive = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>): number => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*node_modules\//, '').replace(`file://${projectRoot}/`, '')}:${f.lineNumber + 1}`;
    const fresh = !onStack.has(key);
    if (fresh) onStack.add(key);
    let hits = n.hitCount;
    for (const c of n.children ?? []) hits += walk(c, onStack);
    if (fresh) {
      inclusive.set(key, (inclusive.get(key) ?? 0) + hits);
      onStack.delete(key);
    }
    return hits;
  };
  walk(profile.nodes[0]!.id, new Set());
  const pct = (n: number) => `${((n / total) * 100).toFixed(1)}%`.padStart(6);
  console.log('\nself time by function (top 40):');
  for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${pct(v)}  ${k}`);
  console.log('\ninclusive time, project and hono frames (top 40):');
  const ours = [...inclusive].filter(([k]) => /server\/|hono|drizzle|better-sqlite3|zod/.test(k));
  for (const [k, v] of ours.sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${pct(v)}  ${k}`);
  console.log('\nself time by package / top folder:');
  for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${pct(v)}  ${k}`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
