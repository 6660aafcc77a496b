/**
 * The early-warning views (issue 11 §4): a round's year-end outlook, its changes against an earlier
 * round, the watch list of provinces, and the backtest. The enums come from the engine (shared/outlook)
 * so that a new risk or change class cannot exist on one side only.
 */
import { z } from 'zod';
import { changeClasses } from '../outlook/changes';
import { methodIds, risks } from '../outlook/types';
import { Level, Status, Targets } from './classification';
import { Direction, IndicatorGroup, IndicatorKind, Province, RoundRef } from './reference';

export const Risk = z.enum(risks).meta({ id: 'Risk' });
export type Risk = z.infer<typeof Risk>;

export const ChangeClass = z.enum(changeClasses).meta({ id: 'ChangeClass' });
export type ChangeClass = z.infer<typeof ChangeClass>;

export const OutlookMethod = z.enum(methodIds).meta({ id: 'OutlookMethod' });

export const RiskCounts = z
  .object({ likelyMiss: z.number().int(), borderline: z.number().int(), onTrack: z.number().int(), met: z.number().int(), noData: z.number().int() })
  .meta({ id: 'RiskCounts' });
export type RiskCounts = z.infer<typeof RiskCounts>;

/** Who and what an item row is about: the province (its names) and the indicator (its code and facts). */
export const ItemKey = z.object({
  iso: z.string(),
  nameTh: z.string().describe('Province name in Thai'),
  nameEn: z.string().describe('Province name in English'),
  code: z.string().describe('Indicator code, e.g. ECO-05'),
  group: IndicatorGroup,
  component: z.string().nullable(),
});
export type ItemKey = z.infer<typeof ItemKey>;

export const OutlookItem = ItemKey.extend({
  direction: Direction,
  kind: IndicatorKind,
  unitTh: z.string(),
  unitEn: z.string(),
  /** Places values, projections and bands are shown with (the catalog's `decimals`). */
  decimals: z.number().int(),
  targets: Targets,
  /** The round's own classification of the current result. */
  status: Status,
  level: Level.nullable(),
  current: z.number().nullable(),
  projected: z.number().nullable().describe('Projected year-end value; null when nothing can be projected (risk no-data)'),
  band: z
    .object({ low: z.number(), high: z.number(), source: z.enum(['measured-indicator', 'measured-method', 'widened']) })
    .nullable()
    .describe("Uncertainty band: from the method's own error on past years, or a widened default where no past year exists"),
  risk: Risk,
  method: OutlookMethod.nullable(),
  /**
   * The numbers the method used, by name (current, ratio, provinces, months…). In the one-province
   * outlook (the explanation states them too); left out where the watch list ranks the items.
   */
  inputs: z.record(z.string(), z.number()).nullable().optional(),
  explanationTh: z.string().nullable(),
  explanationEn: z.string().nullable(),
}).meta({ id: 'OutlookItem' });
export type OutlookItem = z.infer<typeof OutlookItem>;

export const RoundOutlook = z.object({
  round: RoundRef,
  items: z.array(OutlookItem),
  counts: RiskCounts,
  /** Fiscal years the bands were measured on (empty: every band is a widened default). */
  bandYears: z.array(z.number().int()),
  /** Where the methods and settings come from (data/outlook/config.json). */
  source: z.string(),
});
export type RoundOutlook = z.infer<typeof RoundOutlook>;

/**
 * One row of the round-wide outlook (`GET /api/rounds/:y/:r/outlook`): what the warning board's map
 * draws and what issue 11 names, less the per-item explanations, which the province page reads from
 * the one-province outlook when a row is opened (they were most of a whole round's 465 KB). Facts of
 * the catalog (unit, direction, targets, group) come from the indicator and items routes.
 */
export const OutlookListItem = OutlookItem.pick({ iso: true, nameTh: true, code: true, component: true, status: true, decimals: true, current: true, projected: true, risk: true, method: true })
  .extend({ band: z.object({ low: z.number(), high: z.number() }).nullable() })
  .meta({ id: 'OutlookListItem' });
export type OutlookListItem = z.infer<typeof OutlookListItem>;

export const RoundOutlookList = RoundOutlook.extend({ items: z.array(OutlookListItem) }).meta({ id: 'RoundOutlookList' });
export type RoundOutlookList = z.infer<typeof RoundOutlookList>;

export const comparisons = ['previous-round', 'previous-year'] as const;
export const Comparison = z.enum(comparisons).meta({ id: 'Comparison' });
export type Comparison = z.infer<typeof Comparison>;

export const ChangesQuery = z.object({
  against: Comparison.default('previous-round').meta({
    description: "previous-round: the round just before (a 6-month round's is last year's 12-month round); previous-year: the same round of the previous fiscal year",
  }),
});

export const ChangeItem = ItemKey.extend({
  change: ChangeClass,
  statusBefore: Status.nullable().describe('null when the item was not assigned in the earlier round'),
  statusNow: Status,
  before: z.number().nullable(),
  now: z.number().nullable(),
  /** Places before, now and the change are shown with (the catalog's `decimals`). */
  decimals: z.number().int(),
  valueChange: z.number().nullable().describe('now − before, in the indicator’s unit'),
  minShareChange: z.number().nullable().describe('The change as % of this round’s minimum target (percentage points)'),
}).meta({ id: 'ChangeItem' });
export type ChangeItem = z.infer<typeof ChangeItem>;

export const ChangeCounts = z
  .object({
    newlyBelow: z.number().int(),
    recovered: z.number().int(),
    stillBelow: z.number().int(),
    levelUp: z.number().int(),
    levelDown: z.number().int(),
    unchanged: z.number().int(),
    noData: z.number().int(),
  })
  .meta({ id: 'ChangeCounts' });
export type ChangeCounts = z.infer<typeof ChangeCounts>;

export const RoundChanges = z.object({
  round: RoundRef,
  comparison: Comparison,
  /** The round compared with; null when it is not stored (every item is then no-data). */
  against: RoundRef.nullable(),
  items: z.array(ChangeItem),
  counts: ChangeCounts,
});
export type RoundChanges = z.infer<typeof RoundChanges>;

/** One item of a watch-list province, enough to filter by indicator group and risk on the page. */
export const WatchItem = z.object({
  code: z.string(),
  group: IndicatorGroup,
  component: z.string().nullable(),
  risk: Risk,
  projected: z.number().nullable(),
  min: z.number(),
  shortfallPct: z.number().nullable().describe('How far the projection falls short of the minimum, as % of |minimum|; null unless likely-miss'),
});
export type WatchItem = z.infer<typeof WatchItem>;

export const WatchProvince = Province.pick({ iso: true, nameTh: true, nameEn: true, region: true, cluster: true })
  .extend({
    rank: z.number().int().positive(),
    counts: RiskCounts,
    /** Summed shortfall of the likely-miss items as % of their minimums: the tie-breaker. */
    shortfallPct: z.number(),
    items: z.array(WatchItem),
  })
  .meta({ id: 'WatchProvince' });
export type WatchProvince = z.infer<typeof WatchProvince>;

export const Watchlist = z.object({
  round: RoundRef,
  /** Ranked by likely-miss items (most first), then by summed shortfall % (largest first), then ISO. */
  provinces: z.array(WatchProvince),
});
export type Watchlist = z.infer<typeof Watchlist>;

export const BacktestMetrics = z
  .object({
    items: z.number().int(),
    missed: z.number().int().describe('Items whose year-end result is below the minimum'),
    predictedMiss: z.number().int().describe('Items the method said would miss'),
    truePositives: z.number().int(),
    precision: z.number().nullable().describe('Of the items said to miss, the share that did; null when none was'),
    recall: z.number().nullable().describe('Of the items that missed, the share foretold; null when none missed'),
    accuracy: z.number().nullable(),
  })
  .meta({ id: 'BacktestMetrics' });

const MethodScores = z.object({ overall: BacktestMetrics, byGroup: z.partialRecord(IndicatorGroup, BacktestMetrics) });

export const Backtest = z.object({
  /** The round the year-end is predicted from. */
  round: z.number().int(),
  years: z.array(
    z.object({
      fiscalYear: z.number().int(),
      round: z.number().int(),
      unscored: z.number().int().describe('Items without a year-end number, left out'),
      outlook: MethodScores.describe('“will miss” = risk likely-miss'),
      naive: MethodScores.describe('“will miss” = below the minimum at the earlier round (the status carries over)'),
    }),
  ),
  source: z.string(),
});
export type Backtest = z.infer<typeof Backtest>;
