import type { RouteHandler } from '@hono/zod-openapi';
import { loadRoundItems } from '../../domain/rounds/items';
import { findProvince, findRound } from '../../domain/rounds/queries';
import { notFound } from '../../http/errors';
import type { AppEnv } from '../../http/env';
import { inScope, provinceScope } from '../../http/policy';
import { indicatorCodeExists, loadProvinceHistory } from './history.queries';
import type * as routes from './history.routes';

export const provinceHistory: RouteHandler<typeof routes.provinceHistory, AppEnv> = (c) => {
  const { iso } = c.req.valid('param');
  const { code } = c.req.valid('query');
  const db = c.var.db;
  const province = findProvince(db, iso);
  if (!province) throw notFound(`Province ${iso}`, `จังหวัดรหัส ${iso}`);
  if (code && !indicatorCodeExists(db, code)) throw notFound(`Indicator ${code}`, `ตัวชี้วัด ${code}`);
  return c.json({ province, series: loadProvinceHistory(db, province.iso, code) }, 200);
};

export const roundItems: RouteHandler<typeof routes.roundItems, AppEnv> = (c) => {
  const { year, round } = c.req.valid('param');
  const db = c.var.db;
  const r = findRound(db, year, round);
  if (!r) throw notFound(`Round ${round} of fiscal year ${year}`, `รอบ ${round} เดือน ปีงบประมาณ ${year}`);
  // The map's data: a province user receives its own province's items only.
  const scope = provinceScope(c.var.user!);
  const items = loadRoundItems(db, r.id, year, scope === 'all' ? {} : { iso: [...scope][0] ?? 'none' }).map((it) => ({
    iso: it.iso,
    indicatorCode: it.indicatorCode,
    component: it.component,
    targets: it.targets,
    result: it.result,
    status: it.classification.status,
    level: it.classification.level,
    score: it.classification.score,
  }));
  return c.json({ round: { year, round }, items }, 200);
};
