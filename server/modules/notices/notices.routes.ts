import { z } from '@hono/zod-openapi';
import { byIso, defineRoute } from '../../platform/http/guard';
import { anySignedIn, canEditContent, canReviewAndIssue, canViewDraftNotices, canViewIssuedNotice, canViewNational } from '../../../shared/policy';
import { EditableText, NoticeModel, NoticeObservation, NoticeStamp, NoticeState } from '../../../shared/contracts/notice';
import { ErrorBody, errorResponses, json } from '../../platform/http/errors';
import { IndicatorCode, IsoCode, Round, TypedText, Year } from '../../../shared/contracts';

const RoundRef = z.object({ year: z.number().int(), round: z.number().int() });
const params = z.object({ year: Year, round: Round });
const conflict = { 409: { description: 'Not possible in the current state', content: { 'application/json': { schema: ErrorBody } } } };

const Counts = NoticeModel.shape.counts;
export const NoticeStatusInfo = z
  .object({
    iso: z.string(),
    nameTh: z.string(),
    nameEn: z.string(),
    state: NoticeState.describe('Effective state: a reviewed or issued notice whose content changed since is a draft again'),
    version: z.number().int().nullable().describe('Latest issued version'),
    issuedBy: z.string().nullable(),
    issuedAt: z.string().nullable(),
    reviewedBy: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    changedSinceIssue: z.boolean(),
    counts: Counts,
    editedObservations: z.number().int(),
    hash: z.string().describe('sha256 of the notice content'),
  })
  .openapi('NoticeStatus');

export const VersionSummary = z.object({ version: z.number().int(), issuedBy: z.string(), issuedAt: z.string(), reviewedBy: z.string(), reviewedAt: z.string() });

export const list = defineRoute({
  method: 'get',
  path: '/api/notices/{year}/{round}',
  allow: anySignedIn, // the list: scoped and issued-only for non-staff, in the handler,
  tags: ['notices'],
  summary: "Every province's status notice of the round with its workflow state",
  request: { params },
  responses: {
    200: json(
      z.object({ round: RoundRef, notices: z.array(NoticeStatusInfo), totals: z.object({ draft: z.number().int(), reviewed: z.number().int(), issued: z.number().int() }) }),
      'Provinces with items this round, by ISO code',
    ),
    ...errorResponses,
  },
});

export const ActionBody = z.object({
  action: z.enum(['review', 'issue', 'reopen']).describe('review: draft → reviewed; issue: reviewed → issued (freezes a new version); reopen: reviewed → draft'),
  isos: z.array(IsoCode).min(1).max(100),
});

export const action = defineRoute({
  method: 'post',
  path: '/api/notices/{year}/{round}/actions',
  allow: canReviewAndIssue,
  tags: ['notices'],
  summary: 'Review, issue or reopen one or many notices (each province on its own)',
  request: { params, body: { required: true, content: { 'application/json': { schema: ActionBody } } } },
  responses: {
    200: json(
      z.object({
        outcomes: z.array(
          z.object({ iso: z.string(), ok: z.boolean(), state: NoticeState, version: z.number().int().nullable(), code: z.string().optional(), messageTh: z.string().optional() }),
        ),
      }),
      'One outcome per province; a refused province has ok=false and a code',
    ),
    ...errorResponses,
  },
});

// Thai word breaks are often typed as zero-width spaces: allowed here, removed by the handler's cleanText.
const EditedText = (max: number) =>
  z.object({ text: TypedText(max, { allowZeroWidth: true }).nullable().describe('The new text, or null to drop the edit and use the draft again') });

export const RecommendationInfo = z
  .object({
    code: z.string(),
    nameTh: z.string(),
    group: z.string(),
    example: z.boolean(),
    componentLabelTh: z.string().nullable(),
    provinces: z.number().int(),
    items: z.number().int(),
    belowMin: z.array(z.object({ iso: z.string(), nameTh: z.string(), component: z.string().nullable() })),
    belowMinProvinces: z.number().int(),
    recommendation: EditableText.extend({
      draftText: z.string(),
      draftSource: z.string().describe('A sourced data file, or template:<situation> when drafted from the counts'),
    }),
  })
  .openapi('NationalRecommendation');

export const recommendations = defineRoute({
  method: 'get',
  path: '/api/notices/{year}/{round}/recommendations',
  allow: canViewNational,
  tags: ['notices'],
  summary: 'The national summary: per indicator the provinces below the minimum (from the data) and the national recommendation',
  request: { params },
  responses: { 200: json(z.object({ round: RoundRef, indicators: z.array(RecommendationInfo) }), 'Indicators with items this round, in catalog order'), ...errorResponses },
});

export const editRecommendation = defineRoute({
  method: 'put',
  path: '/api/notices/{year}/{round}/recommendations/{code}',
  allow: canEditContent,
  tags: ['notices'],
  summary: "Edit an indicator's national recommendation (stored apart from the draft; an empty text means none)",
  request: { params: params.extend({ code: IndicatorCode }), body: { required: true, content: { 'application/json': { schema: EditedText(8000) } } } },
  responses: { 200: json(RecommendationInfo, 'The recommendation as it now stands'), ...errorResponses },
});

export const one = defineRoute({
  method: 'get',
  path: '/api/notices/{year}/{round}/{iso}',
  allow: byIso(canViewIssuedNotice), // non-staff get the issued version,
  tags: ['notices'],
  summary: "One province's live notice (the model the document renders), its state and its issued versions",
  request: { params: params.extend({ iso: IsoCode }) },
  responses: {
    200: json(z.object({ status: NoticeStatusInfo, stamp: NoticeStamp, model: NoticeModel, versions: z.array(VersionSummary) }), 'The live notice'),
    ...errorResponses,
  },
});

export const version = defineRoute({
  method: 'get',
  path: '/api/notices/{year}/{round}/{iso}/versions/{version}',
  allow: byIso(canViewIssuedNotice),
  tags: ['notices'],
  summary: 'An issued version exactly as issued (data and text), with who reviewed and issued it and when',
  request: { params: params.extend({ iso: IsoCode, version: z.coerce.number().int().min(1).openapi({ param: { name: 'version', in: 'path' }, example: 1 }) }) },
  responses: { 200: json(z.object({ stamp: NoticeStamp, model: NoticeModel }), 'The frozen notice'), ...errorResponses },
});

export const editObservation = defineRoute({
  method: 'put',
  path: '/api/notices/{year}/{round}/{iso}/observations/{assignmentId}',
  allow: canEditContent,
  tags: ['notices'],
  summary: "Edit OPDC's observation of one indicator (or component); the draft is kept apart and re-drafting never overwrites the edit",
  request: {
    params: params.extend({ iso: IsoCode, assignmentId: z.coerce.number().int().min(1).openapi({ param: { name: 'assignmentId', in: 'path' }, example: 1 }) }),
    body: { required: true, content: { 'application/json': { schema: EditedText(4000) } } },
  },
  responses: { 200: json(z.object({ observation: NoticeObservation, status: NoticeStatusInfo }), 'The observation and the notice state after the edit'), ...errorResponses },
});

export const BatchInfo = z
  .object({
    id: z.string(),
    year: z.number().int(),
    round: z.number().int(),
    format: z.enum(['zip', 'pdf']),
    digits: z.enum(['thai', 'arabic']),
    state: z.enum(['running', 'done', 'failed']),
    done: z.number().int(),
    total: z.number().int(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    error: z.string().nullable(),
    fileName: z.string(),
    fileUrl: z.string().nullable().describe('Where to download the file once done'),
  })
  .openapi('NoticeBatch');

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
          schema: z.object({ year: Year, round: Round, format: z.enum(['zip', 'pdf']), digits: z.enum(['thai', 'arabic']).default('thai'), withLetter: z.boolean().default(false).openapi({ description: 'true puts each cover letter before its notice' }) }),
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
  request: { params: z.object({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: { 200: json(BatchInfo, 'The job'), ...errorResponses },
});

export const batchFile = defineRoute({
  method: 'get',
  path: '/api/notice-batches/{id}/file',
  allow: canViewDraftNotices,
  tags: ['notices'],
  summary: "A finished batch job's ZIP or PDF",
  request: { params: z.object({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: { description: 'The file', content: { 'application/zip': { schema: z.any().openapi({ type: 'string', format: 'binary' }) }, 'application/pdf': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } } },
    ...conflict,
    ...errorResponses,
  },
});

/** Download query: which digits, and (one province) which version. */
export const DownloadQuery = z.object({
  digits: z.enum(['thai', 'arabic']).default('thai'),
  version: z.union([z.literal('current'), z.literal('live'), z.coerce.number().int().min(1)]).default('current'),
});

/**
 * The PDF and ZIP downloads end in a file extension (`/TH-15.pdf`, `/6.zip`), which OpenAPI routes
 * cannot express as parameters, so they are plain routes documented here for /api/docs.
 */
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
    request: { params, query: z.object({ digits: z.enum(['thai', 'arabic']).optional(), withLetter: z.enum(['true', 'false']).optional().openapi({ description: 'true puts each cover letter before its notice' }) }) },
    responses: { 200: { description: 'application/zip' }, ...errorResponses },
  },
  {
    method: 'get' as const,
    path: '/api/notices/{year}/{round}.pdf',
    tags: ['notices'],
    summary: "Every province's current notice merged into one PDF",
    request: { params, query: z.object({ digits: z.enum(['thai', 'arabic']).optional(), withLetter: z.enum(['true', 'false']).optional().openapi({ description: 'true puts each cover letter before its notice' }) }) },
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
