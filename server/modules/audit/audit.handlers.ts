import type { RouteHandler } from '@hono/zod-openapi';
import { listAudit } from './audit.record';
import { verifyChains } from '../../platform/db/chain';
import type { AppEnv } from '../../platform/http/env';
import type * as routes from './audit.routes';

export const list: RouteHandler<typeof routes.list, AppEnv> = (c) => {
  const q = c.req.valid('query');
  return c.json(listAudit(c.var.db, { ...q, provinceIso: q.province }), 200);
};

export const verify: RouteHandler<typeof routes.verify, AppEnv> = (c) => c.json(verifyChains(c.var.db.$client), 200);
