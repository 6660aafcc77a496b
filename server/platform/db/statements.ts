/**
 * Prepared statements cached per connection and SQL text. Preparing costs more than running a
 * small query, and the request hot path (session, user, round look-ups) runs the same few queries.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './client';

const caches = new WeakMap<object, Map<string, Statement>>();

/** @example prepared(db, 'select * from rounds where id = ?').get(1) */
export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db.$client);
  if (!cache) caches.set(db.$client, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.$client.prepare(sql)));
  return stmt;
}
