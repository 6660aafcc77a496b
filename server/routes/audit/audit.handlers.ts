import type { RouteHandler } from '@hono/zod-openapi';
import { listAudit } from '../../domain/audit';
import { batchChanges, rollbackBatch } from '../../domain/import/rollback';
import { clientIp } from '../../http/auth';
import { ApiError, notFound } from '../../http/errors';
import type { AppEnv } from '../../http/env';
import type * as routes from './audit.routes';

export const list: RouteHandler<typeof routes.list, AppEnv> = (c) => {
  const q = c.req.valid('query');
  return c.json(listAudit(c.var.db, { ...q, provinceIso: q.province }), 200);
};

export const rollback: RouteHandler<typeof routes.rollback, AppEnv> = (c) => {
  const { id } = c.req.valid('param');
  const actor = c.var.actor;
  const outcome = rollbackBatch(c.var.db, id, { ...actor, ip: clientIp(c) });
  if (!outcome.ok) throw new ApiError(outcome.code === 'NOT_FOUND' ? 404 : 409, outcome.code, outcome.en, outcome.th);
  return c.json({ batchId: id, results: outcome.results, targets: outcome.targets }, 200);
};

export const changes: RouteHandler<typeof routes.changes, AppEnv> = (c) => {
  const { id } = c.req.valid('param');
  if (!c.var.db.$client.prepare('select 1 from import_batches where id = ?').get(id)) throw notFound(`Import batch ${id}`, `ชุดนำเข้าที่ ${id}`);
  return c.json({ batchId: id, changes: batchChanges(c.var.db, id) }, 200);
};
