/**
 * Consistent snapshots with SQLite's online backup API: safe while the server is writing (the copy is
 * of one committed state), and a restore copies pages back the same way, under SQLite's locks.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { format } from 'date-fns';

export async function backupDatabase(dbPath: string, dest?: string, now = new Date()): Promise<{ path: string; pages: number }> {
  if (!existsSync(dbPath)) throw new Error(`No database at ${dbPath}`);
  const target = resolve(dest ?? join(dirname(dbPath), 'backups', `kpi-${format(now, "yyyyMMdd'T'HHmmss")}.sqlite`));
  mkdirSync(dirname(target), { recursive: true });
  const source = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await source.backup(target);
    return { path: target, pages: totalPages };
  } finally {
    source.close();
  }
}

/** Checks that `file` is an intact KPI database: integrity check passes and the store's tables are there. */
export function checkBackup(file: string): { ok: true } | { ok: false; reason: string } {
  if (!existsSync(file)) return { ok: false, reason: `No such file: ${file}` };
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { ok: false, reason: `integrity_check: ${String(integrity)}` };
    // SQLite's own catalogue (not our schema): the row type is its column.
    const tables = new Set(db.prepare<[], { name: string }>(`select name from sqlite_master where type = 'table'`).all().map((t) => t.name));
    for (const t of ['__drizzle_migrations', 'provinces', 'results', 'import_batches', 'audit_log']) {
      if (!tables.has(t)) return { ok: false, reason: `not a KPI database (table ${t} is missing)` };
    }
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: `not a SQLite database: ${(e as Error).message}` };
  } finally {
    db?.close();
  }
}

/**
 * Restores `file` over the database at `dbPath`, after saving the current one beside it
 * (`<db>.before-restore-<time>.sqlite`). Uses the backup API into the live file, so a running
 * server sees the restored data on its next query.
 */
export async function restoreDatabase(file: string, dbPath: string, now = new Date()): Promise<{ savedCurrentAs: string | null }> {
  const check = checkBackup(file);
  if (!check.ok) throw new Error(check.reason);
  let savedCurrentAs: string | null = null;
  if (existsSync(dbPath)) {
    savedCurrentAs = `${dbPath}.before-restore-${format(now, "yyyyMMdd'T'HHmmss")}.sqlite`;
    await backupDatabase(dbPath, savedCurrentAs, now);
  } else {
    mkdirSync(dirname(resolve(dbPath)), { recursive: true });
    copyFileSync(file, dbPath);
    return { savedCurrentAs };
  }
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(dbPath);
  } finally {
    source.close();
  }
  return { savedCurrentAs };
}
