/** Opens and prepares the store: migrations, reference data, and the demo data into an empty database. */
import { join } from 'node:path';
import type { Config } from './config';
import { openDatabase, type Db } from './db/client';
import { createDemoAccounts, ensureAdmin } from './domain/auth/bootstrap';
import { databaseHasResults, loadDemoData } from './domain/demo';
import { readReferenceData, syncReferenceData } from './domain/reference/load';
import { findProjectRoot } from './project-root';

export const projectRoot = findProjectRoot();
export const dataDir = join(projectRoot, 'data');

export interface Prepared {
  db: Db;
  mapAttribution: string;
  demoLoaded: { file: string; rows: number }[];
  /** The new admin's one-time password when this start created the account (print it once), else null. */
  adminPassword: string | null;
}

/**
 * @param opts.createAdmin create `admin` with a one-time password when no account exists (the server
 * does; the CLI tools do not, since nobody would see the password).
 */
export async function prepareDatabase(config: Config, log: (line: string) => void = () => {}, opts: { createAdmin?: boolean } = {}): Promise<Prepared> {
  const db = openDatabase(config.dbPath);
  const ref = readReferenceData(dataDir);
  syncReferenceData(db, ref);
  let demoLoaded: Prepared['demoLoaded'] = [];
  if (config.demo === 'auto' && !databaseHasResults(db)) {
    log('Empty database: loading the demo data…');
    demoLoaded = await loadDemoData(db, join(dataDir, 'demo'));
    for (const d of demoLoaded) log(`  ${d.file}: ${d.rows} rows`);
  }
  const adminPassword = opts.createAdmin ? await ensureAdmin(db) : null;
  if (demoLoaded.length) {
    const accounts = await createDemoAccounts(db, join(dataDir, 'demo', 'accounts.json'));
    if (accounts.length) log(`Demo accounts (passwords in README): ${accounts.join(', ')}`);
  }
  return { db, mapAttribution: ref.provinces.mapAttribution, demoLoaded, adminPassword };
}
