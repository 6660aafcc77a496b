/**
 * A province's history across rounds and fiscal years (the province page's line chart).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, json } from '../../http/errors';
import { ClassifiedWithoutNote, CodeParam, Indicator, IsoParam, Province } from '../schemas';

export const HistoryPoint = z
  .object({ year: z.number().int(), round: z.number().int(), ...ClassifiedWithoutNote })
  .openapi('HistoryPoint');

export const HistorySeries = z
  .object({
    indicatorCode: z.string(),
    nameTh: z.string().describe('Name in the latest fiscal year that has the indicator'),
    nameEn: z.string(),
    group: Indicator.shape.group,
    unitTh: z.string(),
    unitEn: z.string(),
    direction: Indicator.shape.direction,
    kind: Indicator.shape.kind,
    example: z.boolean(),
    component: z.string().nullable(),
    points: z.array(HistoryPoint).describe('Oldest first; only rounds that hold results'),
  })
  .openapi('HistorySeries');

export const provinceHistory = createRoute({
  method: 'get',
  path: '/api/provinces/{iso}/history',
  tags: ['history'],
  summary: "A province's result, targets and status in every round of every fiscal year, per indicator and component",
  description:
    'Indicators are matched across fiscal years by code. Rounds without any imported result are left out, so a round not yet reported is not shown as "not reported". With `code`, only that indicator.',
  request: {
    params: z.object({ iso: IsoParam }),
    query: z.object({ code: CodeParam.optional().openapi({ param: { name: 'code', in: 'query' }, example: 'ECO-05' }) }),
  },
  responses: {
    200: json(z.object({ province: Province, series: z.array(HistorySeries) }), 'One series per indicator (and component), in catalog order of the latest year'),
    ...errorResponses,
  },
});
