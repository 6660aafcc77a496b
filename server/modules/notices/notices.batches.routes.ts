/** Batch jobs: every province's notice of a round rendered as one ZIP or one merged PDF, off the request. */
import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../platform/http/guard';
import { canViewDraftNotices } from '../../../shared/policy';
import { ErrorBody, errorResponses, json } from '../../platform/http/errors';
import { BatchFormat, BatchInfo, Digits, Round, Year } from '../../../shared/contracts';

const conflict = { 409: { description: 'Not possible in the current state', content: { 'application/json': { schema: ErrorBody } } } };
const BatchId = z.object({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const startBatch = defineRoute({
  method: 'post',
  path: '/api/notice-batches',
  allow: canViewDraftNotices,
  tags: ['notices'],
  summary: "Start rendering every province's notice of a round as one ZIP or one merged PDF; poll the job for progress",
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ year: Year, round: Round, format: BatchFormat, digits: Digits.default('thai'), withLetter: z.boolean().default(false).openapi({ description: 'true puts each cover letter before its notice' }) }),
        },
      },
    },
  },
  responses: { 202: json(BatchInfo, 'The job, running'), ...errorResponses },
});

export const batch = defineRoute({
  method: 'get',
  path: '/api/notice-batches/{id}',
  allow: canViewDraftNotices,
  tags: ['notices'],
  summary: "A batch job's progress",
  request: { params: BatchId },
  responses: { 200: json(BatchInfo, 'The job'), ...errorResponses },
});

export const batchFile = defineRoute({
  method: 'get',
  path: '/api/notice-batches/{id}/file',
  allow: canViewDraftNotices,
  tags: ['notices'],
  summary: "A finished batch job's ZIP or PDF",
  request: { params: BatchId },
  responses: {
    200: { description: 'The file', content: { 'application/zip': { schema: z.any().openapi({ type: 'string', format: 'binary' }) }, 'application/pdf': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } } },
    ...conflict,
    ...errorResponses,
  },
});
