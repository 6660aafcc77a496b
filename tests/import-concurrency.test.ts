/**
 * Issue 9 §3: two imports at once (the CLI and the HTTP API, separate processes on one SQLite file)
 * must each record history naming the values they really replaced, so that rolling back the last
 * restores the middle batch's values exactly and rolling back the middle restores the first's.
 *
 * The race is made likely, not hoped for: HTTP imports follow one another for as long as a CLI import
 * runs, so the CLI plans and commits amid them. Before plan and commit shared one BEGIN IMMEDIATE
 * transaction, a batch planned before another committed recorded the wrong "before" values, and
 * rolling it back lost the batch in between (issue 9 §3). Every batch is checked, in commit order.
 */
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../server/bootstrap';
import { startServer, type RunningServer } from './helpers/server';

const ROWS = 6000;
const ITERATIONS = 3;
/** One indicator with components and a province it is assigned to (data/catalog/fy2566.json). */
const INDICATOR = 'ENV-02';
const PROVINCE = 'TH-12';
const component = (k: number) => `จุดทดสอบพร้อมกัน-${k}`;
/** Values differ between roles (0 base, 1 CLI, 2 HTTP) for every row and iteration: 13 and 26 are never 0 mod 90. */
const valueOf = (k: number, iteration: number, role: number) => 10 + ((k * 7 + iteration * 31 + role * 13) % 90);

let dir: string;
let dbPath: string;
let server: RunningServer;
let cookie: string;
let csrf: string;

function csvFor(iteration: number, role: number): string {
  const lines = ['fiscal_year,round,province,indicator,component,target_min,target_std,target_adv,result,note'];
  for (let k = 0; k < ROWS; k++) lines.push(`2566,6,${PROVINCE},${INDICATOR},${component(k)},50,55,60,${valueOf(k, iteration, role)},`);
  const path = join(dir, `i${iteration}-r${role}.csv`);
  writeFileSync(path, lines.join('\n'));
  return path;
}

async function httpImport(path: string): Promise<number> {
  const form = new FormData();
  form.append('file', new File([readFileSync(path)], path.split('/').pop()!));
  const res = await fetch(`${server.baseUrl}/api/imports`, { method: 'POST', body: form, headers: { cookie, 'x-csrf-token': csrf } });
  const body = (await res.json()) as { batchId: number | null; error?: unknown };
  expect(res.status, JSON.stringify(body).slice(0, 500)).toBe(200);
  return body.batchId!;
}

function cliImport(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', 'server/cli/import.ts', path], { cwd: projectRoot, env: { ...process.env, KPI_DB: dbPath } }, (err, stdout, stderr) => {
      const m = /batch (\d+)/.exec(stdout);
      if (err || !m) reject(new Error(`CLI import failed (${err?.message}):\n${stdout}\n${stderr}`));
      else resolve(Number(m[1]));
    });
  });
}

async function rollback(batchId: number): Promise<number> {
  const res = await fetch(`${server.baseUrl}/api/imports/${batchId}/rollback`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } });
  return res.status;
}

/** Rows of the stored results (or of one batch's history) whose value is not the expected one. */
function mismatches(sql: string, params: unknown[], expected: (k: number) => number): { count: number; wrong: number; sample: string[] } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db.prepare(sql).all(...params) as { component: string; value: number }[];
    const wrong = rows.filter((r) => r.value !== expected(Number(r.component.split('-').pop())));
    return { count: rows.length, wrong: wrong.length, sample: wrong.slice(0, 3).map((r) => `${r.component}=${r.value}`) };
  } finally {
    db.close();
  }
}

const CURRENT = `select a.component, r.value from results r join assignments a on a.id = r.assignment_id where a.component like 'จุดทดสอบพร้อมกัน-%'`;
const REPLACED_BY = `select a.component, h.value from result_history h join results r on r.id = h.result_id join assignments a on a.id = r.assignment_id
  where h.replaced_by_batch_id = ? and a.component like 'จุดทดสอบพร้อมกัน-%'`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kpi-race-'));
  dbPath = join(dir, 'kpi.sqlite');
  server = await startServer({ dbPath });
  const res = await fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'opdc.staff', password: 'demo-staff-2566' }) });
  expect(res.status).toBe(200);
  cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
}, 180_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('CLI and HTTP imports at once', () => {
  it('record the values they really replaced, and every rollback restores exactly them', async () => {
    await cliImport(csvFor(0, 1)); // creates the rows

    for (let i = 1; i <= ITERATIONS; i++) {
      const base = await httpImport(csvFor(i, 0));
      // While one CLI import runs, HTTP imports follow one another, so each CLI plan and commit has
      // HTTP imports planning and committing around it.
      const roleOf = new Map<number, number>();
      let cliDone = false;
      const cli = cliImport(csvFor(i, 1)).then((b) => (roleOf.set(b, 1), (cliDone = true)));
      for (let role = 2; !cliDone && role < 9; role++) roleOf.set(await httpImport(csvFor(i, role)), role);
      await cli;

      // Batch ids are taken inside the write transaction, so their order is the commit order.
      const chain = [base, ...[...roleOf.keys()].sort((a, b) => a - b)];
      const role = (b: number) => (b === base ? 0 : roleOf.get(b)!);
      const label = `iteration ${i}, batches ${chain.map((b) => `${b}(role ${role(b)})`).join(' → ')}`;
      expect(mismatches(CURRENT, [], (k) => valueOf(k, i, role(chain.at(-1)!))), label).toMatchObject({ count: ROWS, wrong: 0 });
      for (let j = 1; j < chain.length; j++) {
        expect(mismatches(REPLACED_BY, [chain[j]], (k) => valueOf(k, i, role(chain[j - 1]!))), `${label}: history of ${chain[j]}`).toMatchObject({ count: ROWS, wrong: 0 });
      }
      // Undo from the last: a batch with a later one standing is refused; each rollback restores its predecessor.
      for (let j = chain.length - 1; j >= 1; j--) {
        if (j >= 2) expect(await rollback(chain[j - 1]!), `${label}: ${chain[j - 1]} while ${chain[j]} stands`).toBe(409);
        expect(await rollback(chain[j]!), label).toBe(200);
        expect(mismatches(CURRENT, [], (k) => valueOf(k, i, role(chain[j - 1]!))), `${label}: after rolling back ${chain[j]}`).toMatchObject({ count: ROWS, wrong: 0 });
      }
    }
  }, 600_000);
});
