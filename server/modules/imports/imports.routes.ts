import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../platform/http/guard';
import { canDownloadForm, canImport, canViewAudit } from '../../../shared/policy';
import { BatchChanges, Id, ImportBatchList, Rollback } from '../../../shared/contracts';
import { ImportReport } from '../../../shared/contracts/import-report';
import { ImportJob } from '../../../shared/contracts/import-job';
import { ErrorBody, errorResponse, errorResponses, json } from '../../platform/http/errors';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

export const create = defineRoute({
  method: 'post',
  path: '/api/imports',
  allow: canImport,
  tags: ['imports'],
  summary: 'Import an .xlsx or .csv file of targets and results (atomic: all rows or none)',
  description:
    'Multipart upload with the file in the field `file`. With `dryRun=true` nothing is written and the report says which rows are new, changed or unchanged. Rows whose targets contradict stored ones are rejected unless `updateTargets=true`. Imports run one at a time in a worker thread; the request waits for its report, or with `async=true` answers 202 at once with the job to follow at `GET /api/import-jobs/{id}`.',
  request: {
    query: z.object({
      dryRun: booleanFlag.openapi({ type: 'string', enum: ['true', 'false'], example: 'true' }),
      updateTargets: booleanFlag.openapi({ type: 'string', enum: ['true', 'false'] }),
      /** The dry run's `planHash`: the import then writes exactly what was previewed, or answers 409. */
      planHash: z.string().regex(/^[0-9a-f]{64}$/).optional().openapi({ description: "The dry run's planHash; 409 when the data changed since the preview" }),
      async: booleanFlag.openapi({ type: 'string', enum: ['true', 'false'] }),
    }),
    body: {
      required: false, // checked by the handler so a wrong content type gets 415, not a validation error
      content: { 'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) } },
    },
  },
  responses: {
    200: { description: 'Imported (or dry run): the batch summary', content: { 'application/json': { schema: ImportReport } } },
    409: { description: 'The data changed since the dry run whose planHash was sent: preview again', content: { 'application/json': { schema: ErrorBody } } },
    202: { description: 'With `async=true`: the queued job (follow it at `GET /api/import-jobs/{id}`)', content: { 'application/json': { schema: ImportJob } } },
    413: { description: 'The upload is larger than the limit', content: { 'application/json': { schema: ErrorBody } } },
    415: { description: 'Not multipart, or the file is not a spreadsheet', content: { 'application/json': { schema: ErrorBody } } },
    422: { description: 'Rejected: `error.details` is the report with every problem by row and column; nothing was written', content: { 'application/json': { schema: ErrorBody } } },
    503: { description: 'The database stayed locked by another process past its timeout; nothing was written', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export const job = defineRoute({
  method: 'get',
  path: '/api/import-jobs/{id}',
  allow: canImport,
  // Its progress moves while the data version stands still (a dry run writes nothing): never tagged
  // with the data version, or the browser's poll gets 304 with the first answer forever.
  noStore: true,
  tags: ['imports'],
  summary: 'An import job: queued or running with its progress (rows read, validated, written), or done with its report',
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: {
    200: json(ImportJob, 'The job'),
    404: errorResponse('No such job (or it finished more than 15 minutes ago)'),
  },
});

export const previewWorkbook = defineRoute({
  method: 'post',
  path: '/api/imports/preview.xlsx',
  allow: canImport,
  tags: ['imports'],
  summary: 'The dry run\'s preview as .xlsx: every row that would change, before → after with statuses (nothing is written)',
  request: {
    query: z.object({ updateTargets: booleanFlag.openapi({ type: 'string', enum: ['true', 'false'] }) }),
    body: {
      required: false,
      content: { 'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) } },
    },
  },
  responses: {
    200: { description: 'An .xlsx workbook', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } } },
    413: { description: 'The upload is larger than the limit', content: { 'application/json': { schema: ErrorBody } } },
    415: { description: 'Not multipart, or the file is not a spreadsheet', content: { 'application/json': { schema: ErrorBody } } },
    422: { description: 'Rejected: the problems as for POST /api/imports', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export const list = defineRoute({
  method: 'get',
  path: '/api/imports',
  allow: canImport,
  tags: ['imports'],
  summary: 'Import batches, newest first',
  responses: { 200: json(ImportBatchList, 'Batches') },
});

export const template = defineRoute({
  method: 'get',
  path: '/api/import-template.xlsx',
  allow: canDownloadForm,
  tags: ['imports'],
  summary: 'The import template; with `round`, the pre-filled form of that round (targets filled and locked)',
  description:
    'Without `round`: the empty template (Thai and English headers, drop-down lists, instructions). With `year` and `round`: one row per assigned province × indicator × component with names, units and the three targets filled in and locked (sheet protection without a password), result and note open with data validation. A province user always gets its own province\'s form (the latest round of the year when `round` is not given).',
  request: { query: z.object({ year: z.coerce.number().int().min(2500).max(2700).optional(), round: z.coerce.number().int().refine((r) => r === 6 || r === 12, 'round must be 6 or 12').optional() }) },
  responses: {
    200: { description: 'An .xlsx workbook', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } } },
    ...errorResponses,
  },
});

/** Batches as the audit trail shows them: what one changed, and undoing it. */
const IdParam = z.object({ id: Id });

export const rollback = defineRoute({
  method: 'post',
  path: '/api/imports/{id}/rollback',
  allow: canImport,
  tags: ['imports'],
  summary: 'Roll back an import batch: restore the previous values (audited)',
  request: { params: IdParam },
  responses: {
    200: json(Rollback, 'Rolled back'),
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
    200: json(BatchChanges, 'Changes'),
    404: errorResponse('No such batch'),
  },
});
