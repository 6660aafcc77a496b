/**
 * A small response cache for the read-heavy round views. Entries are keyed by the database's data
 * version, so any committed change — by this server or by another process such as the import CLI —
 * makes every older entry unreachable. No manual invalidation to forget.
 */
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { Db } from '../db/client';
import { dataVersion } from '../db/data-version';
import { compressBytes, MIN_BYTES, negotiateEncoding, type Encoding } from './compress';
import type { AppEnv } from './env';

export { dataVersion };

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

/**
 * A response body kept with its JSON text, serialised once per data version; its UTF-8 bytes and each
 * compressed encoding are made on first use and kept with it, so a cached read costs no JSON, no UTF-8
 * encoding and no compression.
 */
export interface CachedJson<T> {
  body: T;
  text: string;
  bytes?: Uint8Array;
  encoded?: Partial<Record<Encoding, Uint8Array>>;
}

export const toCachedJson = <T>(body: T): CachedJson<T> => ({ body, text: JSON.stringify(body) });

const JSON_TYPE = 'application/json; charset=UTF-8';

/**
 * Sends a cached body's JSON text without serialising it again, compressed once per encoding as the
 * client asks (the compression middleware leaves a response that already has an encoding alone).
 * Typed exactly as `c.json(body, 200)` would be, so the route's response type, and the client's types
 * derived from it, are unchanged.
 */
export function sendCachedJson<T>(c: Context, cached: CachedJson<T>): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  const bytes = (cached.bytes ??= Buffer.from(cached.text));
  const encoding = bytes.byteLength >= MIN_BYTES && c.req.method !== 'HEAD' ? negotiateEncoding(c.req.header('accept-encoding')) : null;
  let res: Response;
  if (encoding) {
    const encoded = (cached.encoded ??= {});
    const body = (encoded[encoding] ??= compressBytes(bytes, encoding));
    res = c.body(body as Uint8Array<ArrayBuffer>, 200, { 'content-type': JSON_TYPE, 'content-encoding': encoding, vary: 'Accept-Encoding' });
  } else {
    // Uncompressed: the compression middleware adds `Vary: Accept-Encoding` (and compresses a small body itself if asked).
    res = c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'content-type': JSON_TYPE });
  }
  // What was sent, for the memo of whole answers (read-memo.ts): the same bytes answer the same request again.
  (c as Context<AppEnv>).set('cachedAnswer', { bytes: encoding ? cached.encoded![encoding]! : bytes, encoding });
  // The cast only re-labels the body type: the bytes are JSON.stringify(cached.body).
  return res as unknown as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}

/**
 * A read route's answer from `cache`: built by `build` once per data version and `key`, then served as
 * stored bytes. The key must hold everything the body depends on, the caller's scope included (a
 * province user's body is its own: key by `ownProvince`).
 *
 * @example return cachedJson(c, itemsCache, `${year}|${round}|${iso ?? '*'}`, () => itemsBody(db, year, round, iso));
 */
export function cachedJson<T>(c: Context<AppEnv>, cache: VersionedCache<CachedJson<T>>, key: string, build: () => T) {
  return sendCachedJson(c, cache.get(c.var.db, key, () => toCachedJson(build())));
}
