/**
 * `authenticate` resolves the session cookie to a user for every /api request; each route's own rule
 * (declared with the route, applied by server/http/guard.ts) then decides what that user may do.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { findSession, type ActiveSession } from '../../modules/auth/sessions';
import type { AppEnv } from './env';

export const SESSION_COOKIE = 'kpi_session';

/**
 * The client's address: the socket's peer, or behind a trusted proxy (KPI_TRUST_PROXY=1) the address
 * the proxy appended last to X-Forwarded-For (entries before it are whatever the client sent).
 */
export function clientIp(c: Context): string {
  if (trustsProxy(c)) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request in tests has no socket
  }
}

/** Whether a setting says a reverse proxy is in front (config.ts, KPI_TRUST_PROXY). */
const trustsProxy = (c: Context) => (c.var as Partial<AppEnv['Variables']>).config?.trustProxy === true;

/** HTTPS as the browser sees it: our own URL, or the trusted proxy's X-Forwarded-Proto (its first hop). */
export function isHttps(c: Context): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustsProxy(c) && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/**
 * A caller inside this process (the PDF warm-up's requests through `app.request`,
 * server/modules/notices/pdf/warm.ts): its session rides in the request's env under this symbol. No
 * HTTP request can carry it (the Node server's env holds only its socket objects), and it needs no
 * session row written, so a warm-up that must write nothing can still go through the real routes.
 */
export const IN_PROCESS_CALLER = Symbol('in-process caller');
export type InProcessEnv = { [IN_PROCESS_CALLER]: ActiveSession };

/** The in-process caller of this request, if the server itself made it (see IN_PROCESS_CALLER). */
export const inProcessCaller = (c: Context): ActiveSession | undefined => (c.env as Partial<InProcessEnv> | undefined)?.[IN_PROCESS_CALLER];

export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  const session = inProcessCaller(c) ?? (token ? findSession(c.var.db, token) : null);
  c.set('session', session);
  c.set('user', session?.user ?? null);
  c.set('actor', session ? { id: session.user.id, username: session.user.username } : { id: null, username: 'anonymous' });
  await next();
};
