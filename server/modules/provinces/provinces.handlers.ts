import type { RouteHandler } from '@hono/zod-openapi';
import { findProvince } from '../rounds/rounds.queries';
import { notFound } from '../../platform/http/errors';
import type { AppEnv } from '../../platform/http/env';
import { indicatorCodeExists, loadProvinceHistory } from './provinces.queries';
import type * as routes from './provinces.routes';

export const provinceHistory: RouteHandler<typeof routes.provinceHistory, AppEnv> = (c) => {
  const { iso } = c.req.valid('param');
  const { code } = c.req.valid('query');
  const db = c.var.db;
  const province = findProvince(db, iso);
  if (!province) throw notFound(`Province ${iso}`, `จังหวัดรหัส ${iso}`);
  if (code && !indicatorCodeExists(db, code)) throw notFound(`Indicator ${code}`, `ตัวชี้วัด ${code}`);
  return c.json({ province, series: loadProvinceHistory(db, province.iso, code) }, 200);
};
