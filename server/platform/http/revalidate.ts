/**
 * ETags for API reads, derived from the data version (server/http/cache.ts), so a revisit costs a 304.
 *
 * The tag is `W/"<boot>.<data version>.<caller>"`:
 * - boot: random per process, because SQLite's data_version and total_changes restart with the connection;
 * - caller: a hash of the session token, because bodies differ per caller (a province user sees its own
 *   province; `/auth/me` carries the session's CSRF token). Never shared across users.
 * Responses get `Cache-Control: private, no-cache`: the browser may keep the body but must revalidate on
 * every use, so a change is seen at once and no shared cache ever stores it. (`no-store` would forbid
 * keeping the body at all, and with it every 304.)
 * A tag is only given when the handler left the data version unchanged: a read that writes gets none.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { dataVersion } from './cache';
import type { AppEnv } from './env';
import { SESSION_COOKIE } from './auth';

const boot = randomBytes(6).toString('base64url');

function callerScope(token: string | undefined): string {
  return token ? createHash('sha256').update(token).digest('base64url').slice(0, 16) : 'anonymous';
}

/** True when an If-None-Match header lists this tag (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

export const revalidateReads: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'GET') return next();
  const db = c.var.db;
  const before = dataVersion(db);
  const etag = `W/"${boot}.${before}.${callerScope(getCookie(c, SESSION_COOKIE))}"`;
  if (matchesIfNoneMatch(c.req.header('if-none-match'), etag)) {
    return c.body(null, 304, { etag, 'cache-control': 'private, no-cache', vary: 'Cookie' });
  }
  await next();
  if (c.res.status !== 200 || dataVersion(db) !== before) return;
  // A body that changes without the data changing (an import job's progress) says no-store: no tag for it.
  if (c.res.headers.get('cache-control')?.includes('no-store')) return;
  c.res.headers.set('etag', etag);
  if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'private, no-cache');
  c.res.headers.append('vary', 'Cookie');
};
