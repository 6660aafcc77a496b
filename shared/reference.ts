/**
 * Shapes of the reference data files in `data/` (provinces, fiscal-year catalogs).
 * They are data, not code: adding FY2567 means adding `data/catalog/fy2567.json`.
 */
import { z } from 'zod';
import { Direction, IndicatorFacts, IndicatorGroup, IndicatorKind, Province, indicatorGroups, isoPattern } from './contracts/reference';

export { Direction, IndicatorGroup, IndicatorKind, indicatorGroups };

export { groupLabels } from './indicator-groups';

const IsoCode = z.string().regex(isoPattern, 'ISO 3166-2:TH code such as TH-15');

export const CatalogIndicator = IndicatorFacts.extend({
  /** What one component is called, e.g. แหล่งน้ำ / พื้นที่. Required when hasComponents. */
  componentLabelTh: z.string().optional(),
  componentLabelEn: z.string().optional(),
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

/** A province in data/provinces.json: the API's Province contract. */
export const ProvinceRef = Province;
export type ProvinceRef = z.infer<typeof ProvinceRef>;

export const ProvincesFile = z.object({
  source: z.string(),
  clusterSource: z.string(),
  mapAttribution: z.string(),
  provinces: z.array(ProvinceRef).length(77),
});
export type ProvincesFile = z.infer<typeof ProvincesFile>;
