import { count, max } from 'drizzle-orm';
import { fiscalYears, rounds } from '../../platform/db/schema';
import type { RouteHandler } from '@hono/zod-openapi';
import { listIndicators, listProvinces, yearExists } from '../rounds/rounds.queries';
import { notFound } from '../../platform/http/errors';
import { cachedJson, VersionedCache, type CachedJson } from '../../platform/http/cache';
import type { AppEnv } from '../../platform/http/env';
import type * as routes from './reference.routes';

export const health: RouteHandler<typeof routes.health, AppEnv> = (c) => {
  const n = c.var.db.select({ n: count() }).from(rounds).get()!.n;
  return c.json({ status: 'ok' as const, database: 'ok' as const, rounds: n }, 200);
};

// Reference data changes only with an import or a reference sync: cached per data version, as the round views.
const indicatorsCache = new VersionedCache<CachedJson<{ year: number; indicators: ReturnType<typeof listIndicators> }>>();
const provincesCache = new VersionedCache<CachedJson<{ provinces: ReturnType<typeof listProvinces>; mapAttribution: string }>>();

export const indicators: RouteHandler<typeof routes.indicators, AppEnv> = (c) => {
  const { year: asked } = c.req.valid('query');
  return cachedJson(c, indicatorsCache, String(asked ?? 'latest'), () => {
    const db = c.var.db;
    const year = asked ?? db.select({ y: max(fiscalYears.year) }).from(fiscalYears).get()!.y;
    if (year == null || !yearExists(db, year)) throw notFound(`Fiscal year ${asked}`, `ปีงบประมาณ ${asked}`);
    return { year, indicators: listIndicators(db, year) };
  });
};

export const provinces: RouteHandler<typeof routes.provinces, AppEnv> = (c) =>
  cachedJson(c, provincesCache, 'all', () => ({ provinces: listProvinces(c.var.db), mapAttribution: c.var.mapAttribution }));
