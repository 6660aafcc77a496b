/**
 * A province's history across rounds and fiscal years (the province page's line chart).
 */
import { z } from '@hono/zod-openapi';
import { byIso, defineRoute } from '../../platform/http/guard';
import { canViewProvince } from '../../../shared/policy';
import { errorResponses, json } from '../../platform/http/errors';
import { IndicatorCode, IsoCode, ProvinceHistory } from '../../../shared/contracts';

export const provinceHistory = defineRoute({
  method: 'get',
  path: '/api/provinces/{iso}/history',
  allow: byIso(canViewProvince),
  tags: ['history'],
  summary: "A province's result, targets and status in every round of every fiscal year, per indicator and component",
  description:
    'Indicators are matched across fiscal years by code. Rounds without any imported result are left out, so a round not yet reported is not shown as "not reported". With `code`, only that indicator.',
  request: {
    params: z.object({ iso: IsoCode }),
    query: z.object({ code: IndicatorCode.optional() }),
  },
  responses: {
    200: json(ProvinceHistory, 'One series per indicator (and component), in catalog order of the latest year'),
    ...errorResponses,
  },
});
