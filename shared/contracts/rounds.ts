/** The round views: the national summary, one province, one indicator, every item (the map). */
import { z } from 'zod';
import { Classified, LevelCounts, StatusCounts } from './classification';
import { Indicator, Province, RoundRef } from './reference';

/** What every per-item row says of its indicator. */
export const IndicatorLabel = Indicator.pick({ nameTh: true, nameEn: true, group: true, unitTh: true, unitEn: true, decimals: true, direction: true, kind: true, example: true });

export const IndicatorSummary = Indicator.pick({ code: true, nameTh: true, nameEn: true, group: true, unitTh: true, decimals: true, direction: true, example: true, hasComponents: true, componentLabelTh: true })
  .extend({
    provincesAssigned: z.number().int(),
    items: z.number().int().describe('Assigned items with targets this year; each component is one item'),
    counts: StatusCounts,
    levels: LevelCounts,
    belowMin: z.array(Province.pick({ iso: true, nameTh: true, nameEn: true }).extend({ component: z.string().nullable() })),
    belowMinProvinces: z.number().int(),
  })
  .meta({ id: 'IndicatorSummary' });
export type IndicatorSummary = z.infer<typeof IndicatorSummary>;

export const RoundSummary = z.object({
  round: RoundRef,
  indicators: z.array(IndicatorSummary),
  totals: z.object({ provinces: z.number().int(), indicators: z.number().int(), items: z.number().int(), counts: StatusCounts, levels: LevelCounts }),
});
export type RoundSummary = z.infer<typeof RoundSummary>;

export const ProvinceItem = IndicatorLabel.extend({ indicatorCode: z.string(), component: z.string().nullable() }).extend(Classified.shape).meta({ id: 'ProvinceItem' });
export type ProvinceItem = z.infer<typeof ProvinceItem>;

export const ProvinceRound = z.object({
  round: RoundRef,
  province: Province,
  items: z.array(ProvinceItem),
  counts: z.object({ items: z.number().int(), components: z.number().int(), byStatus: StatusCounts }),
  indicatorScores: z.array(z.object({ code: z.string(), score: z.number().nullable() })),
});
export type ProvinceRound = z.infer<typeof ProvinceRound>;

export const IndicatorItem = Province.pick({ iso: true, nameTh: true, nameEn: true, region: true, cluster: true })
  .extend({ component: z.string().nullable() })
  .extend(Classified.shape)
  .meta({ id: 'IndicatorItem' });
export type IndicatorItem = z.infer<typeof IndicatorItem>;

export const IndicatorRound = z.object({ round: RoundRef, indicator: Indicator, items: z.array(IndicatorItem), counts: StatusCounts });
export type IndicatorRound = z.infer<typeof IndicatorRound>;

/** The overview map re-colours for any indicator from this one list, without a request per indicator. */
export const RoundMapItem = z
  .object({ iso: z.string(), indicatorCode: z.string(), component: z.string().nullable() })
  .extend(Classified.omit({ note: true }).shape)
  .meta({ id: 'RoundMapItem' });
export type RoundMapItem = z.infer<typeof RoundMapItem>;

export const RoundItems = z.object({ round: RoundRef, items: z.array(RoundMapItem) });
export type RoundItems = z.infer<typeof RoundItems>;

/** A round as the round picker lists it: its fiscal year's title, how many results it holds, the last import. */
export const RoundEntry = z.object({
  year: z.number().int(),
  round: z.number().int(),
  titleTh: z.string(),
  titleEn: z.string(),
  results: z.number().int(),
  lastImportAt: z.string().nullable(),
});
export type RoundEntry = z.infer<typeof RoundEntry>;

/** Every round, oldest first (GET /api/rounds). */
export const RoundList = z.object({ rounds: z.array(RoundEntry) });
export type RoundList = z.infer<typeof RoundList>;
