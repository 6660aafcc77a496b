/**
 * `authenticate` resolves the session cookie to a user for every /api request; each route's own rule
 * (declared with the route, applied by server/http/guard.ts) then decides what that user may do.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { findSession } from '../../modules/auth/sessions';
import type { AppEnv } from './env';

export const SESSION_COOKIE = 'kpi_session';

export function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request in tests has no socket
  }
}

export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  const session = token ? findSession(c.var.db, token) : null;
  c.set('session', session);
  c.set('user', session?.user ?? null);
  c.set('actor', session ? { id: session.user.id, username: session.user.username } : { id: null, username: 'anonymous' });
  await next();
};
