/**
 * Tamper evidence (issue 9 §6): the append-only tables refuse REPLACE, and edits made to the SQLite file
 * outside the app (a plain connection, as a sqlite3 shell would be: no recursive_triggers, triggers
 * dropped where needed) break the hash chain at the row concerned, seen by the admin API and the CLI.
 */
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../server/bootstrap';
import { backupDatabase, restoreDatabase } from '../server/platform/db/backup';
import { verifyChains } from '../server/platform/db/chain';
import { openDatabase } from '../server/platform/db/client';
import { openAppWithStaffAndAdmin } from './helpers/demo-app';
import { multipart, type Session, type TestApp } from './helpers/test-app';
import { csv, header } from './helpers/test-db';

const run = promisify(execFile);
let t: TestApp;
let staff: Session;
let admin: Session;

beforeAll(async () => {
  ({ t, staff, admin } = await openAppWithStaffAndAdmin());
  const res = await staff.request('/api/imports', { method: 'POST', body: multipart(csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, 449.21, '']]), 'r.csv') });
  expect(res.status).toBe(200);
  for (const action of ['review', 'issue', 'reopen']) {
    const r = await staff.request('/api/notices/2566/6/actions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, isos: ['TH-15'] }) });
    expect(r.status).toBe(200);
  }
});
afterAll(() => t.close());

const verifyApi = async () => {
  const res = await admin.request('/api/audit/verify');
  expect(res.status).toBe(200);
  return (await res.json()) as { ok: boolean; tables: { table: string; rows: number; broken: { id: number; reason: string } | null }[] };
};

/** A copy of the test database to tamper with, so each case starts from an intact chain. */
function copyOfDb(): string {
  t.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const dir = mkdtempSync(join(tmpdir(), 'kpi-chain-'));
  cpSync(t.path, join(dir, 'kpi.sqlite'));
  return join(dir, 'kpi.sqlite');
}

/** What someone with the file and a sqlite3 shell can do: a plain connection, none of the app's pragmas. */
function outside(path: string, sql: string): void {
  const raw = new Database(path);
  try {
    raw.exec(sql);
  } finally {
    raw.close();
  }
}

function verifyFile(path: string) {
  const raw = new Database(path, { readonly: true });
  try {
    return verifyChains(raw);
  } finally {
    raw.close();
  }
}

async function cliVerify(path: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(join(projectRoot, 'node_modules/.bin/tsx'), ['server/cli/audit-verify.ts'], { cwd: projectRoot, env: { ...process.env, KPI_DB: path } });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout };
  }
}

describe('hash chain', () => {
  it('verifies what the app wrote: sign-ins, an import, a notice issued; staff may not run it', async () => {
    const report = await verifyApi();
    expect(report.ok).toBe(true);
    expect(report.tables.find((x) => x.table === 'audit_log')!.rows).toBeGreaterThan(3);
    expect(report.tables.find((x) => x.table === 'notice_versions')!.rows).toBe(1);
    expect((await staff.request('/api/audit/verify')).status).toBe(403);
  });

  it('refuses INSERT OR REPLACE onto an existing row, from the app and from a plain connection', () => {
    const path = copyOfDb();
    const replaceAudit = `insert or replace into audit_log (id, at, actor_username, action, entity_type) values (1, '2020-01-01', 'x', 'auth.login', 'user')`;
    const replaceNotice = `insert or replace into notice_versions (id, notice_id, version, content_hash, model_json, reviewed_by, reviewed_at, issued_by, issued_at)
      select id + 1000, notice_id, version, 'forged', '{}', 'x', 'x', 'x', 'x' from notice_versions`;
    expect(() => t.db.$client.exec(replaceAudit)).toThrow(/append-only/);
    expect(() => t.db.$client.exec(replaceNotice)).toThrow(/append-only/);
    expect(() => outside(path, replaceAudit)).toThrow(/append-only/);
    expect(() => outside(path, replaceNotice)).toThrow(/append-only/);
    expect(verifyFile(path).ok).toBe(true);
    rmSync(path, { force: true });
  });

  it('names the row changed outside the app (API and CLI)', async () => {
    const path = copyOfDb();
    outside(path, `drop trigger audit_log_no_update; update audit_log set actor_username = 'someone else' where id = 3`);
    expect(verifyFile(path).tables[0]!.broken).toMatchObject({ id: 3, reason: expect.stringMatching(/changed/) });
    const cli = await cliVerify(path);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/audit_log: .*BROKEN at row id 3/);
    expect(cli.stdout).toMatch(/notice_versions: .*intact, 1 rows/);
  });

  it('names the row after one removed, a tail cut off, a row slipped in, and a forged notice version', () => {
    const cases: [string, (n: number) => RegExp, number | 'last'][] = [
      [`drop trigger audit_log_no_delete; delete from audit_log where id = 2`, () => /previous row/, 3],
      [`drop trigger audit_log_no_delete; delete from audit_log where id = (select max(id) from audit_log)`, () => /removed/, 'last'],
      [`insert into audit_log (at, actor_username, action, entity_type) values ('2020-01-01', 'x', 'auth.login', 'user')`, () => /no hash/, 'last'],
      [`drop trigger notice_versions_no_update; update notice_versions set model_json = replace(model_json, 'อ่างทอง', 'อ่างทอง ')`, () => /changed/, 1],
    ];
    for (const [sql, reason, id] of cases) {
      const path = copyOfDb();
      const last = (new Database(path, { readonly: true }).prepare(`select max(id) as n from audit_log`).get() as { n: number }).n;
      outside(path, sql);
      const report = verifyFile(path);
      expect(report.ok, sql).toBe(false);
      const broken = report.tables.find((x) => x.broken)!.broken!;
      expect(broken.reason, sql).toMatch(reason(last));
      expect(broken.id, sql).toBe(id === 'last' ? (sql.startsWith('insert') ? last + 1 : last) : id);
      rmSync(path, { force: true });
    }
  });

  it('keeps the chain through backup and restore', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-chain-backup-'));
    const { path: backup } = await backupDatabase(t.path, join(dir, 'backup.sqlite'));
    const target = join(dir, 'restored.sqlite');
    openDatabase(target).$client.close(); // an existing database, overwritten by the restore
    await restoreDatabase(backup, target);
    expect(verifyFile(target)).toMatchObject({ ok: true });
    const db = openDatabase(target); // the app keeps appending to the restored chain
    db.$client.prepare(`select 1`).get();
    db.$client.close();
    expect((await cliVerify(target)).code).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('seals rows written before the chain existed, once, when the migration runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-chain-legacy-'));
    const migrations = join(dir, 'migrations');
    cpSync(join(projectRoot, 'server/platform/db/migrations'), migrations, { recursive: true });
    const journal = JSON.parse(readFileSync(join(migrations, 'meta/_journal.json'), 'utf8'));
    journal.entries = journal.entries.filter((e: { tag: string }) => e.tag < '0003');
    writeFileSync(join(migrations, 'meta/_journal.json'), JSON.stringify(journal));
    const path = join(dir, 'kpi.sqlite');
    const old = new Database(path);
    migrate(drizzle(old), { migrationsFolder: migrations });
    for (let i = 0; i < 5; i++) old.prepare(`insert into audit_log (at, actor_username, action, entity_type) values (?, 'old', 'auth.login', 'user')`).run(`2025-01-0${i + 1}`);
    old.close();
    const db = openDatabase(path); // applies 0003 and seals
    expect((db.$client.prepare(`select count(*) as n from audit_log where row_hash is null`).get() as { n: number }).n).toBe(0);
    expect(verifyChains(db.$client).ok).toBe(true);
    // Sealing happened once: a row slipped in later without a hash stays unsealed and is reported.
    db.$client.prepare(`insert into audit_log (at, actor_username, action, entity_type) values ('2025-02-01', 'x', 'auth.login', 'user')`).run();
    db.$client.close();
    const again = openDatabase(path);
    expect(verifyChains(again.$client).tables[0]!.broken).toMatchObject({ id: 6, reason: expect.stringMatching(/no hash/) });
    expect(() => again.$client.prepare(`update audit_log set row_hash = 'x' where id = 6`).run()).toThrow(/append-only/);
    again.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
