/**
 * The one enforcement point: `authenticate` resolves the session cookie to a user, `authorize`
 * applies the policy table (server/http/policy.ts) to every /api request — session, CSRF token on
 * state-changing requests, and the route's predicate — before any handler runs.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { csrfMatches, findSession } from '../domain/auth/sessions';
import type { AppEnv } from './env';
import { ApiError } from './errors';
import { findRule } from './policy';

export const SESSION_COOKIE = 'kpi_session';
export const CSRF_HEADER = 'x-csrf-token';

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

const passwordChangeAllowed = new Set(['/api/auth/me', '/api/auth/password', '/api/auth/logout']);

export const authorize: MiddlewareHandler<AppEnv> = async (c, next) => {
  const found = findRule(c.req.method, c.req.path);
  if (!found) throw new ApiError(404, 'NOT_FOUND', 'No such API route. See /api/docs.', 'ไม่พบเส้นทาง API นี้ ดูรายการได้ที่ /api/docs');
  if (found.rule.allow === 'public') return next();
  const user = c.var.user;
  const session = c.var.session;
  if (!user || !session) throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in first.', 'กรุณาเข้าสู่ระบบก่อน');
  if (!['GET', 'HEAD'].includes(c.req.method) && !csrfMatches(session.csrfToken, c.req.header(CSRF_HEADER))) {
    throw new ApiError(403, 'CSRF', 'Missing or wrong CSRF token; reload the page and try again.', 'โทเค็นป้องกันการปลอมแปลงคำขอไม่ถูกต้อง กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง');
  }
  if (user.mustChangePassword && !passwordChangeAllowed.has(c.req.path)) {
    throw new ApiError(403, 'PASSWORD_CHANGE_REQUIRED', 'Change your one-time password first.', 'กรุณาเปลี่ยนรหัสผ่านชั่วคราวก่อนใช้งาน');
  }
  if (!found.rule.allow(user, found.params)) {
    throw new ApiError(403, 'FORBIDDEN', 'Your account may not do this.', 'บัญชีของท่านไม่มีสิทธิ์ดำเนินการนี้');
  }
  await next();
};
