/**
 * The notice itself: each province's notice in a round, the review/issue workflow, one live notice,
 * an issued version, an observation edit. The national recommendations, the batch jobs and the
 * PDF/ZIP files are declared beside this file (notices.<sub-resource>.routes.ts). Each route is spelled
 * out whole, as OpenAPI documents it; what repeats in substance (parameters, answers) is a shared contract.
 */
import { z } from '@hono/zod-openapi';
import { byIso, defineRoute } from '../../platform/http/guard';
import { anySignedIn, canEditContent, canReviewAndIssue, canViewIssuedNotice } from '../../../shared/policy';
import { errorResponses, json } from '../../platform/http/errors';
import { FrozenNotice, IsoCode, LiveNotice, NoticeAction, NoticeActionOutcomes, NoticeList, ObservationEdited, RoundParams, TypedText } from '../../../shared/contracts';

export const list = defineRoute({
  method: 'get',
  path: '/api/notices/{year}/{round}',
  allow: anySignedIn, // the list: scoped and issued-only for non-staff, in the handler,
  tags: ['notices'],
  summary: "Every province's status notice of the round with its workflow state",
  request: { params: RoundParams },
  responses: { 200: json(NoticeList, 'Provinces with items this round, by ISO code'), ...errorResponses },
});

export const ActionBody = z.object({
  action: NoticeAction.describe('review: draft → reviewed; issue: reviewed → issued (freezes a new version); reopen: reviewed → draft'),
  isos: z.array(IsoCode).min(1).max(100),
});

export const action = defineRoute({
  method: 'post',
  path: '/api/notices/{year}/{round}/actions',
  allow: canReviewAndIssue,
  tags: ['notices'],
  summary: 'Review, issue or reopen one or many notices (each province on its own)',
  request: { params: RoundParams, body: { required: true, content: { 'application/json': { schema: ActionBody } } } },
  responses: { 200: json(NoticeActionOutcomes, 'One outcome per province; a refused province has ok=false, a code and a Thai and English message'), ...errorResponses },
});

/** Thai word breaks are often typed as zero-width spaces: allowed here, removed by the handler's cleanText. */
export const EditedText = (max: number) =>
  z.object({ text: TypedText(max, { allowZeroWidth: true }).nullable().describe('The new text, or null to drop the edit and use the draft again') });

export const one = defineRoute({
  method: 'get',
  path: '/api/notices/{year}/{round}/{iso}',
  allow: byIso(canViewIssuedNotice), // non-staff get the issued version,
  tags: ['notices'],
  summary: "One province's live notice (the model the document renders), its state and its issued versions",
  request: { params: RoundParams.extend({ iso: IsoCode }) },
  responses: { 200: json(LiveNotice, 'The live notice'), ...errorResponses },
});

export const version = defineRoute({
  method: 'get',
  path: '/api/notices/{year}/{round}/{iso}/versions/{version}',
  allow: byIso(canViewIssuedNotice),
  tags: ['notices'],
  summary: 'An issued version exactly as issued (data and text), with who reviewed and issued it and when',
  request: { params: RoundParams.extend({ iso: IsoCode, version: z.coerce.number().int().min(1).openapi({ param: { name: 'version', in: 'path' }, example: 1 }) }) },
  responses: { 200: json(FrozenNotice, 'The frozen notice'), ...errorResponses },
});

export const editObservation = defineRoute({
  method: 'put',
  path: '/api/notices/{year}/{round}/{iso}/observations/{assignmentId}',
  allow: canEditContent,
  tags: ['notices'],
  summary: "Edit OPDC's observation of one indicator (or component); the draft is kept apart and re-drafting never overwrites the edit",
  request: {
    params: RoundParams.extend({ iso: IsoCode, assignmentId: z.coerce.number().int().min(1).openapi({ param: { name: 'assignmentId', in: 'path' }, example: 1 }) }),
    body: { required: true, content: { 'application/json': { schema: EditedText(4000) } } },
  },
  responses: { 200: json(ObservationEdited, 'The observation and the notice state after the edit'), ...errorResponses },
});
