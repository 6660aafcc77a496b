/**
 * An OpenAPIHono router whose validation failures answer 422 in the error envelope, and which
 * refuses to register a route without a permission rule (server/http/guard.ts): the rule runs as the
 * route's first middleware, and the OpenAPI document shows it as `x-allow`.
 */
import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { AppEnv } from './env';
import { invalidInput } from './errors';
import { guardMiddleware, registerRule, type Guard } from './guard';

export function createRouter() {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalidInput(result.error);
    },
  });
  const register = router.openapi.bind(router);
  router.openapi = ((route: RouteConfig & Partial<Guard>, handler: unknown, hook?: unknown) => {
    const { allow, duringPasswordChange, noStore, ...config } = route;
    if (allow === undefined) throw new Error(`${route.method.toUpperCase()} ${route.path} has no permission rule (defineRoute({ allow }))`);
    const guard: Guard = { allow, duringPasswordChange, noStore };
    registerRule(route.method, route.path.replace(/\{(\w+)\}/g, ':$1'), guard);
    const own = config.middleware ? (Array.isArray(config.middleware) ? config.middleware : [config.middleware]) : [];
    const params = config.request?.params as z.ZodType | undefined;
    const described = { ...config, 'x-allow': allow === 'public' ? 'public' : allow.name || 'rule', middleware: [guardMiddleware(guard, params), ...own] };
    // The guard parses the path parameters (issue 8: they were parsed twice): the document gets the
    // route as declared, the router the same route without its own parameter validator.
    if (!params || config.hide) return (register as (...a: unknown[]) => unknown)(described, handler, hook);
    const { middleware: _middleware, ...documented } = described;
    router.openAPIRegistry.registerPath(documented as RouteConfig);
    const { params: _documented, ...request } = config.request!;
    return (register as (...a: unknown[]) => unknown)({ ...described, request, hide: true }, handler, hook);
  }) as typeof router.openapi;
  return router;
}
