/** The round's national summary and OPDC's national recommendation per indicator (printed in the annex). */
import { defineRoute } from '../../platform/http/guard';
import { canEditContent, canViewNational } from '../../../shared/policy';
import { errorResponses, json } from '../../platform/http/errors';
import { IndicatorCode, NationalRecommendations, RecommendationInfo, RoundParams } from '../../../shared/contracts';
import { EditedText } from './notices.routes';

export const recommendations = defineRoute({
  method: 'get',
  path: '/api/notices/{year}/{round}/recommendations',
  allow: canViewNational,
  tags: ['notices'],
  summary: 'The national summary: per indicator the provinces below the minimum (from the data) and the national recommendation',
  request: { params: RoundParams },
  responses: { 200: json(NationalRecommendations, 'Indicators with items this round, in catalog order'), ...errorResponses },
});

export const editRecommendation = defineRoute({
  method: 'put',
  path: '/api/notices/{year}/{round}/recommendations/{code}',
  allow: canEditContent,
  tags: ['notices'],
  summary: "Edit an indicator's national recommendation (stored apart from the draft; an empty text means none)",
  request: { params: RoundParams.extend({ code: IndicatorCode }), body: { required: true, content: { 'application/json': { schema: EditedText(8000) } } } },
  responses: { 200: json(RecommendationInfo, 'The recommendation as it now stands'), ...errorResponses },
});
