/**
 * Opens the SQLite file, applies migrations and returns the Drizzle handle. Queries go through
 * Drizzle's query builder or `typedStatement` (statements.ts, row types from the schema); the raw
 * better-sqlite3 connection (`$client`) is for pragmas (data-version.ts), closing, the hash chain's
 * immediate transactions (chain.ts, through `rawOf`) and the import's bulk writes, whose raw prepared
 * statements are justified by `npm run bench` (import/plain ratio).
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { projectRoot } from '../config';
import { sealLegacyRows } from './chain';
import * as schema from './schema/index';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

// From the project folder, not this module's: bundled into dist/server/, this module is elsewhere.
const migrationsFolder = join(projectRoot, 'server', 'platform', 'db', 'migrations');

/**
 * @example
 * const db = openDatabase('data/kpi.sqlite'); // WAL mode, foreign keys on, migrated
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  // WAL: readers never block the writer, and a crash mid-import leaves the last commit intact.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // With it, the REPLACE conflict resolution's implicit delete fires the append-only tables' delete
  // triggers too (SQLite skips them otherwise); their BEFORE INSERT triggers refuse it on any connection.
  sqlite.pragma('recursive_triggers = ON');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  sealLegacyRows(sqlite);
  return db as Db;
}
