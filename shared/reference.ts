/**
 * Shapes of the reference data files in `data/` (provinces, fiscal-year catalogs).
 * They are data, not code: adding FY2567 means adding `data/catalog/fy2567.json`.
 */
import { z } from 'zod';

export const indicatorGroups = ['economic', 'social', 'environment', 'potential'] as const;
export const IndicatorGroup = z.enum(indicatorGroups);
export type IndicatorGroup = z.infer<typeof IndicatorGroup>;

/** Thai labels as the seed prints them (ตัวชี้วัดด้านเศรษฐกิจ …, ตัวชี้วัด Potential Base). */
export const groupLabels: Record<IndicatorGroup, { th: string; en: string }> = {
  economic: { th: 'เศรษฐกิจ', en: 'Economic' },
  social: { th: 'สังคม', en: 'Social' },
  environment: { th: 'สิ่งแวดล้อม', en: 'Environment' },
  potential: { th: 'Potential Base', en: 'Potential Base' },
};

export const Direction = z.enum(['higher', 'lower']);
export type Direction = z.infer<typeof Direction>;

/** quantity: a measured amount; level: a stage/level (ระดับความสำเร็จ 1–5). */
export const IndicatorKind = z.enum(['quantity', 'level']);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

const IsoCode = z.string().regex(/^TH-\d{2}$/, 'ISO 3166-2:TH code such as TH-15');

export const CatalogIndicator = z.object({
  code: z.string().regex(/^[A-Z]{2,4}-\d{2}$/),
  nameTh: z.string().min(1),
  nameEn: z.string().min(1),
  group: IndicatorGroup,
  unitTh: z.string().min(1),
  unitEn: z.string().min(1),
  direction: Direction,
  kind: IndicatorKind,
  /** Results add up over the fiscal year (a 6-month result is a part of the year's total). */
  accumulates: z.boolean(),
  /** Reported per component (water source, industrial area/phase); each component has its own targets. */
  hasComponents: z.boolean(),
  /** What one component is called, e.g. แหล่งน้ำ / พื้นที่. Required when hasComponents. */
  componentLabelTh: z.string().optional(),
  componentLabelEn: z.string().optional(),
  /** An example indicator that fills a slot the seed does not name; never presented as OPDC's. */
  example: z.boolean(),
  /** Where the facts come from: seed, brief, inferred, example. */
  source: z.string().min(1),
  /** ISO codes of the provinces this indicator is assigned to in this fiscal year. */
  provinces: z.array(IsoCode).min(1),
}).refine((i) => !i.hasComponents || !!i.componentLabelTh, { message: 'componentLabelTh is required when hasComponents' });
export type CatalogIndicator = z.infer<typeof CatalogIndicator>;

export const Catalog = z.object({
  fiscalYear: z.number().int().min(2500).max(2700),
  titleTh: z.string(),
  titleEn: z.string(),
  source: z.string(),
  indicators: z.array(CatalogIndicator).min(1),
}).superRefine((c, ctx) => {
  const seen = new Set<string>();
  c.indicators.forEach((i, idx) => {
    if (seen.has(i.code)) ctx.addIssue({ code: 'custom', path: ['indicators', idx, 'code'], message: `duplicate code ${i.code}` });
    seen.add(i.code);
    if (new Set(i.provinces).size !== i.provinces.length) ctx.addIssue({ code: 'custom', path: ['indicators', idx, 'provinces'], message: 'duplicate province' });
  });
});
export type Catalog = z.infer<typeof Catalog>;

export const ProvinceRef = z.object({
  iso: IsoCode,
  code: z.string().regex(/^\d{2}$/),
  nameTh: z.string().min(1),
  nameEn: z.string().min(1),
  region: z.string().min(1),
  /** กลุ่มจังหวัด (18 clusters); null for Bangkok, which is outside the measure. */
  cluster: z.string().nullable(),
  /** false for Bangkok: not part of the provincial performance measure. */
  inMeasure: z.boolean(),
});
export type ProvinceRef = z.infer<typeof ProvinceRef>;

export const ProvincesFile = z.object({
  source: z.string(),
  clusterSource: z.string(),
  mapAttribution: z.string(),
  provinces: z.array(ProvinceRef).length(77),
});
export type ProvincesFile = z.infer<typeof ProvincesFile>;
