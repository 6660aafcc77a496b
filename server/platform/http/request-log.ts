/**
 * One JSON log line per request: method, the route's pattern (not the path: /api/rounds/:year/:round
 * groups every round and carries no province or search text), status, milliseconds and the signed-in
 * user's id. Never the query string, headers, cookies or body, so no password or session token can
 * reach a log.
 */
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '../log';
import type { AppEnv } from './env';

export function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      // After next(), the route index points at the handler (or middleware) that answered.
      const status = c.res.status;
      log[status >= 500 ? 'error' : 'info']('request', {
        method: c.req.method,
        // A whole answer from read-memo.ts names the route that first gave it.
        route: c.var.answeredRoute ?? (routePath(c) || null),
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        userId: c.var.user?.id ?? null,
      });
    }
  };
}
