/**
 * Data safety with real processes: a SIGKILL in the middle of a large import leaves all or none of
 * it; backups taken while the server runs are consistent and restore cleanly.
 */
import Database from 'better-sqlite3';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticRows, toCsv } from '../bench/import-bench';
import { projectRoot } from '../server/bootstrap';
import { startServer } from './helpers/server';
import { csv, header } from './helpers/test-db';

const run = promisify(execFile);
const tsx = join(projectRoot, 'node_modules/.bin/tsx');
let dir: string;
let dbPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kpi-safety-'));
  dbPath = join(dir, 'kpi.sqlite');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = () => ({ ...process.env, KPI_DB: dbPath, KPI_DEMO: 'off' });
const importCli = (file: string) => run(tsx, ['server/cli/import.ts', file], { cwd: projectRoot, env: env() });

function snapshot() {
  const db = new Database(dbPath, { readonly: true });
  try {
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      results: count('select count(*) as n from results'),
      batches: count('select count(*) as n from import_batches'),
      earlier: (db.prepare(`select group_concat(id || ':' || kind || ':' || ifnull(value, '') || ':' || batch_id, ',') as s from (select * from results where batch_id = 1 order by id)`).get() as { s: string }).s,
      integrity: (db.pragma('integrity_check', { simple: true }) as string),
    };
  } finally {
    db.close();
  }
}

describe('SIGKILL during a large import', () => {
  it('leaves all or none of that import, the earlier data unchanged, and the import then succeeds', async () => {
    writeFileSync(join(dir, 'earlier.csv'), csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '449.21', '']]));
    await importCli(join(dir, 'earlier.csv'));
    const before = snapshot();
    expect(before.results).toBe(1);
    // Start from an empty WAL so its growth shows the big import's transaction writing pages.
    const db = new Database(dbPath);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();

    const rows = syntheticRows(100_000);
    const big = join(dir, 'big.csv');
    writeFileSync(big, toCsv(rows));
    // node itself, not the tsx wrapper: SIGKILL must hit the process that is writing.
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/import.ts', big], { cwd: projectRoot, env: env(), stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const wal = `${dbPath}-wal`;
    const deadline = Date.now() + 120_000;
    let killedAt = -1;
    while (Date.now() < deadline) {
      const size = existsSync(wal) ? statSync(wal).size : 0;
      if (size > 1_000_000) {
        child.kill('SIGKILL'); // mid-transaction: pages are being written, nothing is committed yet
        killedAt = size;
        break;
      }
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 2));
    }
    const end = await exited;
    expect(end.signal, 'the import was killed while writing').toBe('SIGKILL');
    expect(killedAt).toBeGreaterThan(0);

    const after = snapshot();
    expect(after.integrity).toBe('ok');
    expect([before.results, before.results + rows.length]).toContain(after.results);
    expect(after.results === before.results ? after.batches === before.batches : after.batches === before.batches + 1).toBe(true);
    expect(after.earlier).toBe(before.earlier);

    const retry = await importCli(big);
    expect(retry.stdout).toMatch(/Imported as batch|Nothing changed/);
    const final = snapshot();
    expect(final.results).toBe(before.results + rows.length);
    expect(final.earlier).toBe(before.earlier);
  }, 240_000);
});

describe('backup and restore while the server runs', () => {
  it('snapshots a running server’s database and restores it', async () => {
    const server = await startServer({ dbPath, env: { KPI_DEMO: 'off' } });
    const base = server.baseUrl;
    try {
      const backupFile = join(dir, 'snap.sqlite');
      const backup = await run(tsx, ['server/cli/backup.ts', backupFile], { cwd: projectRoot, env: env() });
      expect(backup.stdout).toContain('Backed up');
      const snap = new Database(backupFile, { readonly: true });
      expect(snap.pragma('integrity_check', { simple: true })).toBe('ok');
      const savedCount = (snap.prepare('select count(*) as n from results').get() as { n: number }).n;
      snap.close();

      // Change the live data, then restore the snapshot under the running server.
      writeFileSync(join(dir, 'change.csv'), csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '', '', '', '999', '']]));
      await importCli(join(dir, 'change.csv'));
      const restore = await run(tsx, ['server/cli/restore.ts', backupFile], { cwd: projectRoot, env: env() });
      expect(restore.stdout).toContain('Restored');
      expect(snapshot().results).toBe(savedCount);
      // The very value change.csv replaced (other TH-15 rows exist: without naming it, which row came first depended on the query plan).
      const value = new Database(dbPath, { readonly: true }).prepare(`select value from results r join assignments a on a.id = r.assignment_id
        join indicators i on i.id = a.indicator_id join rounds ro on ro.id = r.round_id
        where a.province_iso = 'TH-15' and i.code = 'ECO-05' and a.year = 2566 and ro.months = 6 and a.component = ''`).get() as { value: number };
      expect(value.value).toBe(449.21);
      expect((await fetch(`${base}/api/health`)).status).toBe(200); // the server carries on

      const junk = join(dir, 'junk.sqlite');
      writeFileSync(junk, 'not a database');
      await expect(run(tsx, ['server/cli/restore.ts', junk], { cwd: projectRoot, env: env() })).rejects.toMatchObject({ code: 1 });
      expect(snapshot().results).toBe(savedCount);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
