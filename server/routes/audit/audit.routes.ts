import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../http/guard';
import { canImport, canViewAudit } from '../../../shared/policy';
import { errorResponse, json } from '../../http/errors';

const IdParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }) });

export const AuditRow = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorUsername: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    provinceIso: z.string().nullable(),
    batchId: z.number().int().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    ip: z.string().nullable(),
  })
  .openapi('AuditRow');

export const list = defineRoute({
  method: 'get',
  path: '/api/audit',
  allow: canViewAudit,
  tags: ['audit'],
  summary: 'The audit trail, newest first, with filters',
  request: {
    query: z.object({
      action: z.string().max(60).optional().openapi({ example: 'import' }),
      actor: z.string().max(100).optional(),
      entityType: z.string().max(40).optional(),
      province: z.string().regex(/^TH-\d{2}$/).optional(),
      from: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'ISO date').optional(),
      to: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'ISO date').optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
      offset: z.coerce.number().int().min(0).default(0),
    }),
  },
  responses: { 200: json(z.object({ total: z.number().int(), rows: z.array(AuditRow) }), 'Audit rows'), 422: errorResponse('Invalid filter') },
});

export const rollback = defineRoute({
  method: 'post',
  path: '/api/imports/{id}/rollback',
  allow: canImport,
  tags: ['imports'],
  summary: 'Roll back an import batch: restore the previous values (audited)',
  request: { params: IdParam },
  responses: {
    200: json(z.object({ batchId: z.number().int(), results: z.object({ restored: z.number().int(), removed: z.number().int() }), targets: z.object({ restored: z.number().int(), removed: z.number().int() }) }), 'Rolled back'),
    404: errorResponse('No such batch'),
    409: errorResponse('Already rolled back, or a later batch changed the same rows'),
  },
});

export const changes = defineRoute({
  method: 'get',
  path: '/api/imports/{id}/changes',
  allow: canViewAudit,
  tags: ['imports'],
  summary: 'What an import batch changed, value by value (before and after)',
  request: { params: IdParam },
  responses: {
    200: json(z.object({ batchId: z.number().int(), changes: z.array(z.object({ kind: z.enum(['result', 'target']), iso: z.string(), indicatorCode: z.string(), component: z.string().nullable(), year: z.number().int(), round: z.number().int().nullable(), before: z.unknown(), after: z.unknown() })) }), 'Changes'),
    404: errorResponse('No such batch'),
  },
});
