import type { RouteHandler } from '@hono/zod-openapi';
import { findProvince } from '../rounds/rounds.queries';
import { notFound } from '../../platform/http/errors';
import { cachedJson, VersionedCache, type CachedJson } from '../../platform/http/cache';
import type { Db } from '../../platform/db/client';
import type { AppEnv } from '../../platform/http/env';
import { indicatorCodeExists, loadProvinceHistory } from './provinces.queries';
import type * as routes from './provinces.routes';

// Cached per data version; the route's rule (canViewProvince on the path's iso) is the only scope.
const historyCache = new VersionedCache<CachedJson<ReturnType<typeof historyBody>>>();

export const provinceHistory: RouteHandler<typeof routes.provinceHistory, AppEnv> = (c) => {
  const { iso } = c.req.valid('param');
  const { code } = c.req.valid('query');
  return cachedJson(c, historyCache, `${iso}|${code ?? ''}`, () => historyBody(c.var.db, iso, code));
};

function historyBody(db: Db, iso: string, code: string | undefined) {
  const province = findProvince(db, iso);
  if (!province) throw notFound(`Province ${iso}`, `จังหวัดรหัส ${iso}`);
  if (code && !indicatorCodeExists(db, code)) throw notFound(`Indicator ${code}`, `ตัวชี้วัด ${code}`);
  return { province, series: loadProvinceHistory(db, province.iso, code) };
}
