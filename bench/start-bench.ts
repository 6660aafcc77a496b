/**
 * Start-up on an existing database: `npm start` (build check, plain node running dist/server, migrate,
 * reference sync, listen) from spawn to the printed URL answering, median of runs, beside bare Hono
 * started with plain node in the same run. The first start, on an empty database, loads the demo and
 * is not counted; nothing is rebuilt when the sources are unchanged (checked: the output says so).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../server/bootstrap';
import { ensureBuilt } from '../scripts/build.mjs';
import { median } from './import-bench';

export interface StartBench {
  startMs: number[];
  bareMs: number[];
  rebuilt: boolean;
}

const BARE = `import { serve } from '@hono/node-server'; import { Hono } from 'hono';
const app = new Hono(); app.get('/api/health', (c) => c.json({ status: 'ok' }));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (i) => console.log('http://localhost:' + i.port));`;

/** Spawn → the printed URL's /api/health answering 200; then the whole process group is stopped. */
async function timeStart(cmd: string, args: string[], env: Record<string, string>): Promise<{ ms: number; output: string }> {
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd: projectRoot, env: { ...process.env, ...env }, detached: true });
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 120 s:\n${output}`)), 120_000);
      const onData = (d: Buffer) => {
        output += d.toString();
        const m = /http:\/\/localhost:(\d+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${m[1]}`);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
      child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    });
    const res = await fetch(`${url}/api/health`);
    if (res.status !== 200) throw new Error(`health ${res.status}`);
    return { ms: performance.now() - t0, output };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

export async function benchStart(runs = 5): Promise<StartBench> {
  await ensureBuilt(['client', 'server'], { log: () => {} });
  const dir = mkdtempSync(join(tmpdir(), 'kpi-start-'));
  const env = { KPI_DB: join(dir, 'kpi.sqlite'), PORT: '0', HOST: '127.0.0.1', KPI_WARM_BROWSER: '0' };
  try {
    await timeStart('npm', ['start', '--silent'], env); // empty database: migrates and loads the demo
    const startMs: number[] = [];
    const bareMs: number[] = [];
    let rebuilt = false;
    for (let i = 0; i < runs; i++) {
      const run = await timeStart('npm', ['start', '--silent'], env);
      rebuilt ||= /Building the/.test(run.output);
      startMs.push(run.ms);
      bareMs.push((await timeStart(process.execPath, ['--input-type=module', '-e', BARE], {})).ms);
    }
    return { startMs, bareMs, rebuilt };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export { median };
