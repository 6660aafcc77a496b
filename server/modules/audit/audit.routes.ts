import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../platform/http/guard';
import { canManageUsers, canViewAudit } from '../../../shared/policy';
import { errorResponse, json } from '../../platform/http/errors';


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

const ChainReport = z
  .object({
    table: z.enum(['audit_log', 'notice_versions']),
    rows: z.number().int(),
    head: z.string().nullable().openapi({ description: 'The newest row\'s hash: note it elsewhere to detect a cut-off tail later' }),
    broken: z.object({ id: z.number().int(), reason: z.string(), reasonTh: z.string() }).nullable(),
  })
  .openapi('ChainReport');

/** Admins only: it reads the whole trail (and the notice versions) and says nothing a viewer needs. */
export const verify = defineRoute({
  method: 'get',
  path: '/api/audit/verify',
  allow: canManageUsers,
  tags: ['audit'],
  summary: 'Walks the hash chains of the audit trail and the issued notices; names the first broken row',
  responses: { 200: json(z.object({ ok: z.boolean(), tables: z.array(ChainReport) }), 'The verification, ok or not') },
});
