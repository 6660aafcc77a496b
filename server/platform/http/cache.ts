/**
 * A small response cache for the read-heavy round views. Entries are keyed by the database's data
 * version, so any committed change — by this server or by another process such as the import CLI —
 * makes every older entry unreachable. No manual invalidation to forget.
 */
import type { Statement } from 'better-sqlite3';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { Db } from '../db/client';

const versionStatements = new WeakMap<Db, { dataVersion: Statement; totalChanges: Statement }>();

/**
 * `PRAGMA data_version` changes when another connection commits; `total_changes()` counts this
 * connection's own writes. Together they change whenever the stored data may have.
 */
export function dataVersion(db: Db): string {
  let s = versionStatements.get(db);
  if (!s) {
    s = { dataVersion: db.$client.prepare('pragma data_version'), totalChanges: db.$client.prepare('select total_changes()') };
    versionStatements.set(db, s);
  }
  return `${s.dataVersion.pluck().get() as number}:${s.totalChanges.pluck().get() as number}`;
}

const MAX_ENTRIES = 1000;

export class VersionedCache<T> {
  private version = '';
  private entries = new Map<string, T>();

  /** Returns the cached value for `key` at the current data version, computing it once. */
  get(db: Db, key: string, compute: () => T): T {
    const v = dataVersion(db);
    if (v !== this.version) {
      this.version = v;
      this.entries.clear();
    }
    let value = this.entries.get(key);
    if (value === undefined) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      value = compute();
      this.entries.set(key, value);
    }
    return value;
  }
}

/** A response body kept with its JSON text, serialised once per data version. */
export interface CachedJson<T> {
  body: T;
  text: string;
}

export const toCachedJson = <T>(body: T): CachedJson<T> => ({ body, text: JSON.stringify(body) });

/**
 * Sends a cached body's JSON text without serialising it again. Typed exactly as `c.json(body, 200)`
 * would be, so the route's response type, and the client's types derived from it, are unchanged.
 */
export function sendCachedJson<T>(c: Context, cached: CachedJson<T>): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  // The cast only re-labels the body type: the text is JSON.stringify(cached.body).
  return c.body(cached.text, 200, { 'content-type': 'application/json; charset=UTF-8' }) as unknown as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
