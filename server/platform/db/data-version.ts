/**
 * Which state of the stored data a connection sees. Every per-data-version memo (the read caches,
 * the sessions, the whole answers of repeated reads) keys on it, so any committed change — by this
 * server or another process such as the import CLI — makes every older entry unreachable.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './client';

const versionStatements = new WeakMap<Db, Statement>();

/**
 * `PRAGMA data_version` changes when another connection commits; `total_changes()` counts this
 * connection's own writes. Together they change whenever the stored data may have. One prepared
 * statement for both: it runs on every request.
 */
export function dataVersion(db: Db): string {
  let s = versionStatements.get(db);
  if (!s) {
    // Raw: PRAGMA data_version and total_changes() describe the connection, not a table Drizzle knows.
    s = db.$client.prepare('select data_version, total_changes() from pragma_data_version').raw();
    versionStatements.set(db, s);
  }
  const [data, own] = s.get() as [number, number];
  return `${data}:${own}`;
}
