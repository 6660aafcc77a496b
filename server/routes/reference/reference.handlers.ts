import { prepared } from '../../db/statements';
import type { RouteHandler } from '@hono/zod-openapi';
import { listIndicators, listProvinces, listRounds, yearExists } from '../../domain/rounds/queries';
import { notFound } from '../../http/errors';
import type { AppEnv } from '../../http/env';
import { ownProvince } from '../../../shared/policy';
import type * as routes from './reference.routes';

export const health: RouteHandler<typeof routes.health, AppEnv> = (c) => {
  const { n } = prepared(c.var.db, 'select count(*) as n from rounds').get() as { n: number };
  return c.json({ status: 'ok' as const, database: 'ok' as const, rounds: n }, 200);
};

export const rounds: RouteHandler<typeof routes.rounds, AppEnv> = (c) => {
  return c.json({ rounds: listRounds(c.var.db, ownProvince(c.var.user!)) }, 200);
};

export const indicators: RouteHandler<typeof routes.indicators, AppEnv> = (c) => {
  const db = c.var.db;
  const { year: asked } = c.req.valid('query');
  const year = asked ?? (prepared(db, 'select max(year) as y from fiscal_years').get() as { y: number | null }).y;
  if (year == null || !yearExists(db, year)) throw notFound(`Fiscal year ${asked}`, `ปีงบประมาณ ${asked}`);
  return c.json({ year, indicators: listIndicators(db, year) }, 200);
};

export const provinces: RouteHandler<typeof routes.provinces, AppEnv> = (c) =>
  c.json({ provinces: listProvinces(c.var.db), mapAttribution: c.var.mapAttribution }, 200);
