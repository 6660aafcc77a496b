/**
 * Read models the dashboard needs beyond the per-round views:
 * - a province's history across rounds and fiscal years (the province page's line chart);
 * - every item of a round in one flat list (the overview map re-colours for any indicator without a
 *   request per indicator).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, json } from '../../http/errors';
import { Classified, CodeParam, Indicator, IsoParam, Province, RoundParam, YearParam } from '../schemas';

const { note: _note, ...classifiedWithoutNote } = Classified;

export const HistoryPoint = z
  .object({ year: z.number().int(), round: z.number().int(), ...classifiedWithoutNote })
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

export const RoundMapItem = z
  .object({ iso: z.string(), indicatorCode: z.string(), component: z.string().nullable(), ...classifiedWithoutNote })
  .openapi('RoundMapItem');

export const roundItems = createRoute({
  method: 'get',
  path: '/api/rounds/{year}/{round}/items',
  tags: ['rounds'],
  summary: 'Every item of a round (province × indicator × component) with targets, result, status, level and score',
  request: { params: z.object({ year: YearParam, round: RoundParam }) },
  responses: {
    200: json(
      z.object({ round: z.object({ year: z.number().int(), round: z.number().int() }), items: z.array(RoundMapItem) }),
      'Items in catalog order, then by province and component',
    ),
    ...errorResponses,
  },
});
