import type { RouteHandler } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { auditXlsx, auditCsv } from './audit.export';
import { exportRows, listEntries } from './audit.queries';
import { readableBatchChanges } from './audit.batch';
import { verifyChains } from '../../platform/db/chain';
import { importBatches } from '../../platform/db/schema';
import { notFound } from '../../platform/http/errors';
import type { AppEnv } from '../../platform/http/env';
import type * as routes from './audit.routes';

export const list: RouteHandler<typeof routes.list, AppEnv> = (c) => {
  const { limit, offset, ...filter } = c.req.valid('query');
  return c.json(listEntries(c.var.db, filter, { limit, offset }), 200);
};

export const exportFile: RouteHandler<typeof routes.exportFile, AppEnv> = async (c) => {
  const { format, ...filter } = c.req.valid('query');
  const rows = exportRows(c.var.db, filter);
  const stamp = new Date().toISOString().slice(0, 10);
  const bytes = format === 'xlsx' ? await auditXlsx(rows) : auditCsv(rows);
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="kpi-audit-${stamp}.${format}"`,
  });
};

export const batch: RouteHandler<typeof routes.batch, AppEnv> = (c) => {
  const { id } = c.req.valid('param');
  const db = c.var.db;
  if (!db.select({ id: importBatches.id }).from(importBatches).where(and(eq(importBatches.id, id))).get()) throw notFound(`Import batch ${id}`, `ชุดนำเข้าที่ ${id}`);
  return c.json({ batchId: id, changes: readableBatchChanges(db, id) }, 200);
};

export const verify: RouteHandler<typeof routes.verify, AppEnv> = (c) => c.json(verifyChains(c.var.db), 200);
