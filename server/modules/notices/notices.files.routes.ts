/**
 * The PDF and ZIP files of the notices (one province, the round, a cover letter, the national annex).
 * They end in a file extension (`/TH-15.pdf`, `/6.zip`), which OpenAPI routes cannot express as
 * parameters, so notices.index.ts serves them as plain routes and registers these for /api/docs.
 */
import { z } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { Digits, IsoCode, RoundParams } from '../../../shared/contracts';

const params = RoundParams;
/** The round's ZIP and merged PDF take the same query. */
const roundFileQuery = z.object({ digits: z.enum(['thai', 'arabic']).optional(), withLetter: z.enum(['true', 'false']).optional().openapi({ description: 'true puts each cover letter before its notice' }) });

/** Download query: which digits, and (one province) which version. */
export const DownloadQuery = z.object({
  digits: Digits.default('thai'),
  version: z.union([z.literal('current'), z.literal('live'), z.coerce.number().int().min(1)]).default('current'),
});

/** The file routes as /api/docs shows them. */
export const downloadDocs = [
  {
    method: 'get' as const,
    path: '/api/notices/{year}/{round}/{iso}.pdf',
    tags: ['notices'],
    summary: "One province's notice as PDF (A4, Sarabun embedded, page numbers). By default the latest issued version, printed from its frozen copy; a notice never issued prints its live draft",
    request: {
      params: params.extend({ iso: IsoCode }),
      query: z.object({
        digits: z.enum(['thai', 'arabic']).optional().openapi({ example: 'thai' }),
        version: z.string().optional().openapi({ description: 'current (default), live (the draft preview), or an issued version number', example: 'current' }),
      }),
    },
    responses: { 200: { description: 'application/pdf' }, ...errorResponses },
  },
  {
    method: 'get' as const,
    path: '/api/notices/{year}/{round}.zip',
    tags: ['notices'],
    summary: "Every province's current notice as PDF, in one ZIP",
    request: { params, query: roundFileQuery },
    responses: { 200: { description: 'application/zip' }, ...errorResponses },
  },
  {
    method: 'get' as const,
    path: '/api/notices/{year}/{round}.pdf',
    tags: ['notices'],
    summary: "Every province's current notice merged into one PDF",
    request: { params, query: roundFileQuery },
    responses: { 200: { description: 'application/pdf' }, ...errorResponses },
  },
  {
    method: 'get' as const,
    path: '/api/notices/{year}/{round}/{iso}/letter.pdf',
    tags: ['notices'],
    summary: 'The cover letter (หนังสือนำส่ง) of a province\'s notice, for the same version as the notice PDF (an external letter under ระเบียบงานสารบรรณ; text from data/letters/fy<year>.json)',
    request: {
      params: params.extend({ iso: IsoCode }),
      query: z.object({
        digits: z.enum(['thai', 'arabic']).optional(),
        version: z.string().optional().openapi({ description: 'current (default), live (staff only), or an issued version number' }),
      }),
    },
    responses: { 200: { description: 'application/pdf' }, ...errorResponses },
  },
  {
    method: 'get' as const,
    path: '/api/notices/{year}/{round}/annex.pdf',
    tags: ['notices'],
    summary: "The round's national annex: OPDC's recommendations for the indicators provinces must prioritise, printed once (each notice's ๕ refers to it; the ZIP and the merged PDF include it once)",
    request: { params, query: z.object({ digits: z.enum(['thai', 'arabic']).optional() }) },
    responses: { 200: { description: 'application/pdf' }, ...errorResponses },
  },
];
