/**
 * ETags for API reads, derived from the data version (server/http/cache.ts), so a revisit costs a 304.
 *
 * The tag is `W/"<boot>.<data version>.<caller>"`:
 * - boot: random per process, because SQLite's data_version and total_changes restart with the connection;
 * - caller: a hash of the session token, because bodies differ per caller (a province user sees its own
 *   province; `/auth/me` carries the session's CSRF token). Never shared across users.
 * Tagged responses get `Cache-Control: private, no-cache`: the browser may keep the body but must
 * revalidate on every use, so a change is seen at once and no shared cache ever stores it. (`no-store`
 * would forbid keeping the body at all, and with it every 304.) Every other API answer gets
 * `no-store` (issue 9: signed-in answers hold data a shared cache must not keep), unless it chose its
 * own (downloads). `apiCacheControl` is the one place that decides it.
 * A tag is only given when the handler left the data version unchanged (a read that writes gets none)
 * and the route is not declared `noStore` (its body changes without the data: an import job's progress).
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

/**
 * Outermost on /api, so it also covers answers refused before sign-in (413) and errors: the tag (or
 * its absence) decides the response's Cache-Control here and nowhere else.
 */
export const apiCacheControl: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const headers = c.res.headers;
  if (!headers.has('cache-control')) headers.set('cache-control', headers.has('etag') ? 'private, no-cache' : 'no-store');
};

export const revalidateReads: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'GET') return next();
  const db = c.var.db;
  const before = dataVersion(db);
  const etag = `W/"${boot}.${before}.${callerScope(getCookie(c, SESSION_COOKIE))}"`;
  if (matchesIfNoneMatch(c.req.header('if-none-match'), etag)) {
    return c.body(null, 304, { etag, vary: 'Cookie' });
  }
  await next();
  if (c.res.status !== 200 || c.var.noStore || dataVersion(db) !== before) return;
  c.res.headers.set('etag', etag);
  c.res.headers.append('vary', 'Cookie');
};
