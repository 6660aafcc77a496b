import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../platform/http/guard';
import { canManageUsers, canViewAudit } from '../../../shared/policy';
import { errorResponse, json } from '../../platform/http/errors';
import { AuditBatchChanges, AuditPage, ChainVerification } from '../../../shared/contracts';

const filters = {
  action: z.string().max(60).optional().openapi({ example: 'notice.issue', description: 'An event name (exact), or any other text as a prefix (e.g. "notice.")' }),
  actor: z.string().max(100).optional(),
  entityType: z.string().max(40).optional(),
  province: z.string().regex(/^TH-\d{2}$/).optional(),
  indicator: z.string().regex(/^[A-Za-z]{2,5}-\d{2}[A-Za-z]?$/).optional().openapi({ example: 'ECO-05' }),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'ISO date').optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'ISO date').optional(),
};

export const list = defineRoute({
  method: 'get',
  path: '/api/audit',
  allow: canViewAudit,
  tags: ['audit'],
  summary: 'The audit trail, newest first, with filters; a bulk action is one entry with its items',
  request: {
    query: z.object({
      ...filters,
      limit: z.coerce.number().int().min(1).max(500).default(100),
      offset: z.coerce.number().int().min(0).default(0),
    }),
  },
  responses: { 200: json(AuditPage, 'Audit entries'), 422: errorResponse('Invalid filter') },
});

export const exportFile = defineRoute({
  method: 'get',
  path: '/api/audit/export',
  allow: canViewAudit,
  tags: ['audit'],
  summary: 'The filtered trail for auditors: CSV (UTF-8 with BOM) or .xlsx, one line per recorded row',
  request: { query: z.object({ ...filters, format: z.enum(['csv', 'xlsx']).default('csv') }) },
  responses: {
    200: {
      description: 'A CSV or .xlsx file',
      content: {
        'text/csv': { schema: z.any().openapi({ type: 'string', format: 'binary' }) },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.any().openapi({ type: 'string', format: 'binary' }) },
      },
    },
    422: errorResponse('Invalid filter'),
  },
});

export const batch = defineRoute({
  method: 'get',
  path: '/api/audit/batches/{id}',
  allow: canViewAudit,
  tags: ['audit'],
  summary: "An import batch's changes with names, units and each result's outcome before and after",
  request: { params: z.object({ id: z.coerce.number().int().min(1) }) },
  responses: {
    200: json(AuditBatchChanges, 'Changes'),
    404: errorResponse('No such batch'),
  },
});

/** Admins only: it reads the whole trail (and the notice versions) and says nothing a viewer needs. */
export const verify = defineRoute({
  method: 'get',
  path: '/api/audit/verify',
  allow: canManageUsers,
  tags: ['audit'],
  summary: 'Walks the hash chains of the audit trail and the issued notices; names the first broken row',
  responses: { 200: json(ChainVerification, 'The verification, ok or not') },
});
