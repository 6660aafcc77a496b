import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, json } from '../../http/errors';
import { Classified, ClassifiedWithoutNote, CodeParam, Indicator, IsoParam, LevelCounts, Province, RoundParam, StatusCounts, YearParam } from '../schemas';

const RoundRef = z.object({ year: z.number().int(), round: z.number().int() });

export const IndicatorSummary = z
  .object({
    code: z.string(),
    nameTh: z.string(),
    nameEn: z.string(),
    group: Indicator.shape.group,
    unitTh: z.string(),
    direction: Indicator.shape.direction,
    example: z.boolean(),
    hasComponents: z.boolean(),
    componentLabelTh: z.string().nullable(),
    provincesAssigned: z.number().int(),
    items: z.number().int().describe('Assigned items with targets this year; each component is one item'),
    counts: StatusCounts,
    levels: LevelCounts,
    belowMin: z.array(z.object({ iso: z.string(), nameTh: z.string(), nameEn: z.string(), component: z.string().nullable() })),
    belowMinProvinces: z.number().int(),
  })
  .openapi('IndicatorSummary');

export const summary = createRoute({
  method: 'get',
  path: '/api/rounds/{year}/{round}/summary',
  tags: ['rounds'],
  summary: 'National summary: status counts per indicator and the provinces below the minimum target',
  request: { params: z.object({ year: YearParam, round: RoundParam }) },
  responses: {
    200: json(
      z.object({
        round: RoundRef,
        indicators: z.array(IndicatorSummary),
        totals: z.object({ provinces: z.number().int(), indicators: z.number().int(), items: z.number().int(), counts: StatusCounts, levels: LevelCounts }),
      }),
      'The summary, indicators in catalog order',
    ),
    ...errorResponses,
  },
});

export const ProvinceItem = z
  .object({
    indicatorCode: z.string(),
    nameTh: z.string(),
    nameEn: z.string(),
    group: Indicator.shape.group,
    unitTh: z.string(),
    unitEn: z.string(),
    direction: Indicator.shape.direction,
    kind: Indicator.shape.kind,
    example: z.boolean(),
    component: z.string().nullable(),
    ...Classified,
  })
  .openapi('ProvinceItem');

export const province = createRoute({
  method: 'get',
  path: '/api/rounds/{year}/{round}/provinces/{iso}',
  tags: ['rounds'],
  summary: "One province's assigned indicators and components with targets, result, status, level and score",
  request: { params: z.object({ year: YearParam, round: RoundParam, iso: IsoParam }) },
  responses: {
    200: json(
      z.object({
        round: RoundRef,
        province: Province,
        items: z.array(ProvinceItem),
        counts: z.object({ items: z.number().int(), components: z.number().int(), byStatus: StatusCounts }),
        indicatorScores: z.array(z.object({ code: z.string(), score: z.number().nullable() })),
      }),
      'Items in catalog order; counts in the notice’s way (each component is one item)',
    ),
    ...errorResponses,
  },
});

export const IndicatorItem = z
  .object({
    iso: z.string(),
    nameTh: z.string(),
    nameEn: z.string(),
    region: z.string(),
    cluster: z.string().nullable(),
    component: z.string().nullable(),
    ...Classified,
  })
  .openapi('IndicatorItem');

export const indicator = createRoute({
  method: 'get',
  path: '/api/rounds/{year}/{round}/indicators/{code}',
  tags: ['rounds'],
  summary: "Every assigned province's result for one indicator",
  request: { params: z.object({ year: YearParam, round: RoundParam, code: CodeParam }) },
  responses: {
    200: json(z.object({ round: RoundRef, indicator: Indicator, items: z.array(IndicatorItem), counts: StatusCounts }), 'One row per province (per component)'),
    ...errorResponses,
  },
});

/** The overview map re-colours for any indicator from this one list, without a request per indicator. */
export const RoundMapItem = z
  .object({ iso: z.string(), indicatorCode: z.string(), component: z.string().nullable(), ...ClassifiedWithoutNote })
  .openapi('RoundMapItem');

export const items = createRoute({
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
