import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../platform/http/guard';
import { canManageUsers, canViewAudit } from '../../../shared/policy';
import { errorResponse, json } from '../../platform/http/errors';
import { Level, Targets } from '../../../shared/contracts/classification';


const Named = z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string() });

const ReadableRow = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUsername: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  provinceIso: z.string().nullable(),
  province: Named.nullable(),
  indicator: Named.nullable(),
  batchId: z.number().int().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

export const AuditRow = ReadableRow.extend({ items: z.array(ReadableRow).openapi({ description: 'A bulk action\'s rows, one per province; empty for a single action' }) }).openapi('AuditRow');

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
  responses: { 200: json(z.object({ total: z.number().int(), rows: z.array(AuditRow) }), 'Audit entries'), 422: errorResponse('Invalid filter') },
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

const Side = z.union([
  // The outcome of a result (shared/audit.ts's Outcome): a level, or not reported / pending.
  z.object({ value: z.number().nullable(), outcome: z.enum([...Level.options, 'notReported', 'pending']).nullable() }),
  Targets,
]);

export const batch = defineRoute({
  method: 'get',
  path: '/api/audit/batches/{id}',
  allow: canViewAudit,
  tags: ['audit'],
  summary: "An import batch's changes with names, units and each result's outcome before and after",
  request: { params: z.object({ id: z.coerce.number().int().min(1) }) },
  responses: {
    200: json(
      z.object({
        batchId: z.number().int(),
        changes: z.array(
          z.object({
            kind: z.enum(['result', 'target']), iso: z.string(), provinceTh: z.string(), provinceEn: z.string(), indicatorCode: z.string(), indicatorTh: z.string(), indicatorEn: z.string(),
            unitTh: z.string(), unitEn: z.string(), decimals: z.number().int(), component: z.string().nullable(), year: z.number().int(), round: z.number().int().nullable(), before: Side.nullable(), after: Side,
          }),
        ),
      }),
      'Changes',
    ),
    404: errorResponse('No such batch'),
  },
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
