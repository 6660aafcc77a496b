/**
 * One JSON log line per request: method, the route's pattern (not the path: /api/rounds/:year/:round
 * groups every round and carries no province or search text), status, milliseconds and the signed-in
 * user's id. Never the query string, headers, cookies or body, so no password or session token can
 * reach a log. A request the server makes of itself (the PDF warm-up's, auth.ts's IN_PROCESS_CALLER) is
 * logged with `caller` naming it and no user id: id 0 is no user, and an operator should not read it as one.
 */
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '../log';
import { inProcessCaller } from './auth';
import type { AppEnv } from './env';

export function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      // After next(), the route index points at the handler (or middleware) that answered.
      const status = c.res.status;
      const inProcess = inProcessCaller(c);
      log[status >= 500 ? 'error' : 'info']('request', {
        method: c.req.method,
        // A whole answer from read-memo.ts names the route that first gave it.
        route: c.var.answeredRoute ?? (routePath(c) || null),
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        userId: inProcess ? null : (c.var.user?.id ?? null),
        caller: inProcess?.user.username,
      });
    }
  };
}
