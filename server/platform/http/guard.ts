/**
 * Permissions declared where the route is declared. Every API route names its rule (`allow`) in its
 * `defineRoute` (or, for the plain file routes, `guardedGet`); the router refuses to register a route
 * without one, and records each rule so a test can check that every registered route has one.
 *
 * The order of checks for a guarded route: a session (401), the CSRF token on state-changing
 * requests (403), a one-time password changed (403), the path parameters parsed by the route's own zod
 * schema (422), then the rule applied to the parsed values (403), then the body, then the handler.
 */
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { Principal } from '../../../shared/policy';
import { csrfMatches } from '../../modules/auth/sessions';
import type { AppEnv } from './env';
import { ApiError, invalidInput } from './errors';

export const CSRF_HEADER = 'x-csrf-token';

type ParamsOf<R> = R extends { request: { params: infer P extends z.ZodType } } ? z.output<P> : Record<string, never>;

/** 'public': no session needed; otherwise a predicate over the signed-in principal and the parsed path parameters. */
export type Allow<P = Record<string, never>> = 'public' | ((who: Principal, params: P) => boolean);

export interface Guard {
  allow: Allow<any>;
  /** The three routes a user with a one-time password may still call (me, password, logout). */
  duringPasswordChange?: boolean;
  /** The answer changes without the data changing (an import job's progress): no ETag, `Cache-Control: no-store` (revalidate.ts). */
  noStore?: boolean;
}

/** `createRoute` with the route's permission rule. */
export function defineRoute<P extends string, R extends Omit<RouteConfig, 'path'> & { path: P } & Guard>(route: R & { allow: Allow<ParamsOf<R>> }) {
  return createRoute(route);
}

/** Every registered API route and its rule, `GET /api/rounds/:year/:round/summary` → rule. */
export const registeredRules = new Map<string, Guard>();

export function registerRule(method: string, path: string, guard: Guard): void {
  registeredRules.set(`${method.toUpperCase()} ${path}`, guard);
}

/**
 * The middleware that applies a route's rule; `params` is the route's own path-parameter schema. The
 * parameters are parsed here once (the router gives OpenAPI routes no second validator): the rule and
 * the handler (`c.req.valid('param')`, or `c.var.params`) read the same parsed value.
 */
export function guardMiddleware(guard: Guard, params: z.ZodType | undefined): MiddlewareHandler<AppEnv> {
  const { allow } = guard;
  return async (c, next) => {
    if (guard.noStore) c.set('noStore', true);
    if (allow === 'public') {
      if (params) keepParams(c, parseParams(params, c));
      return next();
    }
    const user = c.var.user;
    const session = c.var.session;
    if (!user || !session) throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in first.', 'กรุณาเข้าสู่ระบบก่อน');
    if (!['GET', 'HEAD'].includes(c.req.method) && !csrfMatches(session.csrfToken, c.req.header(CSRF_HEADER))) {
      throw new ApiError(403, 'CSRF', 'Missing or wrong CSRF token; reload the page and try again.', 'โทเค็นป้องกันการปลอมแปลงคำขอไม่ถูกต้อง กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง');
    }
    if (user.mustChangePassword && !guard.duringPasswordChange) {
      throw new ApiError(403, 'PASSWORD_CHANGE_REQUIRED', 'Change your one-time password first.', 'กรุณาเปลี่ยนรหัสผ่านชั่วคราวก่อนใช้งาน');
    }
    const parsed = params ? parseParams(params, c) : {};
    if (!allow(user, parsed)) throw new ApiError(403, 'FORBIDDEN', 'Your account may not do this.', 'บัญชีของท่านไม่มีสิทธิ์ดำเนินการนี้');
    keepParams(c, parsed);
    await next();
  };
}

function keepParams(c: Context<AppEnv>, parsed: unknown): void {
  c.set('params', parsed);
  c.req.addValidatedData('param', parsed as Record<string, unknown>);
}

function parseParams(schema: z.ZodType, c: Context<AppEnv>): unknown {
  const r = schema.safeParse(c.req.param());
  if (!r.success) throw invalidInput(r.error);
  return r.data;
}

/**
 * A rule over the route's parsed `iso` parameter.
 * @example defineRoute({ path: '/api/provinces/{iso}/history', allow: byIso(canViewProvince), … })
 */
export function byIso(predicate: (who: Principal, iso: string) => boolean) {
  const rule = (who: Principal, params: { iso: string }) => predicate(who, params.iso);
  Object.defineProperty(rule, 'name', { value: `${predicate.name}(iso)` });
  return rule;
}

/**
 * A plain GET route (one whose path OpenAPI cannot express, such as a file name with an extension),
 * guarded like the OpenAPI routes: `params` parses the path, the rule reads the parsed value, and the
 * handler receives it.
 */
export function guardedGet<S extends z.ZodType>(
  router: { get: (path: string, ...handlers: MiddlewareHandler<AppEnv>[]) => unknown },
  path: string,
  params: S,
  allow: Allow<z.output<S>>,
  handler: (c: Context<AppEnv>, params: z.output<S>) => Response | Promise<Response>,
): void {
  const guard: Guard = { allow };
  registerRule('get', path, guard);
  router.get(path, guardMiddleware(guard, params), async (c) => handler(c, c.var.params as z.output<S>));
}

/** The query string parsed by `schema`: 422 in the error envelope when it does not fit (plain routes; OpenAPI routes validate their own). */
export function parseQuery<S extends z.ZodType>(schema: S, c: Context<AppEnv>): z.output<S> {
  const r = schema.safeParse(c.req.query());
  if (!r.success) throw invalidInput(r.error);
  return r.data;
}
