/**
 * `npm start`'s server process for real: a fresh database file gets migrated, the demo data loaded,
 * and the API answers on the port it printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../server/bootstrap';

let dir: string;
let child: ChildProcess;
let base: string;
let output = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kpi-start-'));
  child = spawn(join(projectRoot, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, KPI_DB: join(dir, 'kpi.sqlite'), PORT: '0', HOST: '127.0.0.1' },
  });
  base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
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
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
});

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('server start-up on an empty database', () => {
  it('loads the demo data, creates the admin with a one-time password printed once, and serves the API on the printed port', async () => {
    expect(output).toContain('Empty database: loading the demo data');
    const password = /one-time password \(shown only now\):\s+(\S+)/.exec(output)?.[1];
    expect(password).toBeTruthy();
    expect(output).toContain('Demo accounts');
    expect((await fetch(`${base}/api/rounds`)).status).toBe(401);
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'opdc.staff', password: 'demo-staff-2566' }) });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const admin = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });
    expect((await admin.json()) as object).toMatchObject({ role: 'admin', mustChangePassword: true });
    const rounds = (await (await fetch(`${base}/api/rounds`, { headers: { cookie } })).json()) as { rounds: { year: number; round: number; results: number }[] };
    expect(rounds.rounds.every((r) => r.results > 0)).toBe(true);
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    const missing = await fetch(`${base}/api/rounds/2566/6/provinces/TH-99`, { headers: { cookie } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/json');
  });
});
