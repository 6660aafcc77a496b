/** Provinces, indicators and rounds as the API serves them (the data files' shapes are in shared/reference.ts). */
import { z } from 'zod';

import { indicatorGroups } from '../indicator-groups';

export { indicatorGroups };
export const IndicatorGroup = z.enum(indicatorGroups);
export type IndicatorGroup = z.infer<typeof IndicatorGroup>;

export const directions = ['higher', 'lower'] as const;
export const Direction = z.enum(directions);
export type Direction = z.infer<typeof Direction>;

/** quantity: a measured amount; level: a stage/level (ระดับความสำเร็จ 1–5). */
export const indicatorKinds = ['quantity', 'level'] as const;
export const IndicatorKind = z.enum(indicatorKinds);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

/** ISO 3166-2:TH, e.g. TH-15 (always upper case once parsed). */
export const isoPattern = /^TH-\d{2}$/;
/** An indicator code such as ECO-05 (always upper case once parsed). */
export const indicatorCodePattern = /^[A-Z]{2,4}-\d{2}$/;

export const Province = z
  .object({
    iso: z.string().regex(isoPattern, 'ISO 3166-2:TH code such as TH-15'),
    code: z.string().regex(/^\d{2}$/),
    nameTh: z.string().min(1),
    nameEn: z.string().min(1),
    region: z.string().min(1),
    /** กลุ่มจังหวัด (18 clusters); null for Bangkok, which is outside the measure. */
    cluster: z.string().nullable(),
    /** false for Bangkok: not part of the provincial performance measure. */
    inMeasure: z.boolean(),
  })
  .meta({ id: 'Province' });
export type Province = z.infer<typeof Province>;

/** The facts of one indicator in one fiscal year's catalog. */
export const IndicatorFacts = z.object({
  code: z.string().regex(indicatorCodePattern),
  nameTh: z.string().min(1),
  nameEn: z.string().min(1),
  group: IndicatorGroup,
  unitTh: z.string().min(1),
  unitEn: z.string().min(1),
  /**
   * Places after the decimal point wherever a value, target or difference of this indicator is shown
   * (screens, tooltips, downloads, the form, the notice), so one column never mixes 1,504.1 with
   * 2,335.98. Chosen per unit as OPDC prints it: money and percentages 2, levels 0 (data/catalog/README.md).
   */
  decimals: z.number().int().min(0).max(4),
  direction: Direction,
  kind: IndicatorKind,
  /** Results add up over the fiscal year (a 6-month result is a part of the year's total). */
  accumulates: z.boolean(),
  /** Reported per component (water source, industrial area/phase); each component has its own targets. */
  hasComponents: z.boolean(),
  /** An example indicator that fills a slot the seed does not name; never presented as OPDC's. */
  example: z.boolean().describe('An example indicator filling a slot the source does not name; not an OPDC indicator.'),
  /** Where the facts come from: seed, brief, inferred, example. */
  source: z.string().min(1),
});

/** An indicator as stored for a fiscal year and served by the API. */
export const Indicator = IndicatorFacts.extend({
  /** The indicator's row in this fiscal year's catalog (codes repeat across years). */
  id: z.number().int(),
  year: z.number().int(),
  seq: z.number().int(),
  /** What one component is called, e.g. แหล่งน้ำ / พื้นที่; null without components. */
  componentLabelTh: z.string().nullable(),
  componentLabelEn: z.string().nullable(),
  provinceCount: z.number().int(),
}).meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof Indicator>;

/** A round: the fiscal year (Buddhist Era) and the months it covers (6 or 12). */
export const RoundRef = z.object({ year: z.number().int(), round: z.number().int() });
export type RoundRef = z.infer<typeof RoundRef>;

/**
 * The province and indicator a row is about, named in Thai and English, with the unit and the places
 * its values print with: the words a change or a preview row shows beside its values.
 */
export const ItemNames = z.object({
  iso: z.string(),
  provinceTh: z.string(),
  provinceEn: z.string(),
  indicatorCode: z.string(),
  indicatorTh: z.string(),
  indicatorEn: z.string(),
  unitTh: z.string(),
  unitEn: z.string(),
  /** Places values and targets are shown with (the catalog's `decimals`). */
  decimals: z.number().int(),
});
export type ItemNames = z.infer<typeof ItemNames>;

/** A fiscal year's indicator catalog, in its order (GET /api/indicators). */
export const IndicatorCatalog = z.object({ year: z.number().int(), indicators: z.array(Indicator) });
export type IndicatorCatalog = z.infer<typeof IndicatorCatalog>;

/** Every province with the map's attribution (GET /api/provinces). */
export const ProvinceList = z.object({ provinces: z.array(Province), mapAttribution: z.string() });
export type ProvinceList = z.infer<typeof ProvinceList>;
