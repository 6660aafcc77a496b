import { count, max } from 'drizzle-orm';
import { fiscalYears, rounds } from '../../platform/db/schema';
import type { RouteHandler } from '@hono/zod-openapi';
import { listIndicators, listProvinces, yearExists } from '../rounds/rounds.queries';
import { notFound } from '../../platform/http/errors';
import type { AppEnv } from '../../platform/http/env';
import type * as routes from './reference.routes';

export const health: RouteHandler<typeof routes.health, AppEnv> = (c) => {
  const n = c.var.db.select({ n: count() }).from(rounds).get()!.n;
  return c.json({ status: 'ok' as const, database: 'ok' as const, rounds: n }, 200);
};

export const indicators: RouteHandler<typeof routes.indicators, AppEnv> = (c) => {
  const db = c.var.db;
  const { year: asked } = c.req.valid('query');
  const year = asked ?? db.select({ y: max(fiscalYears.year) }).from(fiscalYears).get()!.y;
  if (year == null || !yearExists(db, year)) throw notFound(`Fiscal year ${asked}`, `ปีงบประมาณ ${asked}`);
  return c.json({ year, indicators: listIndicators(db, year) }, 200);
};

export const provinces: RouteHandler<typeof routes.provinces, AppEnv> = (c) =>
  c.json({ provinces: listProvinces(c.var.db), mapAttribution: c.var.mapAttribution }, 200);
