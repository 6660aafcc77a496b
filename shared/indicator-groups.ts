/**
 * The four indicator groups and their labels as the seed prints them, with no zod: the client's
 * first-load script imports these, and importing them from the contracts pulled zod (about 85 KB
 * minified, and every schema built at start-up) into the overview's first load.
 */
export const indicatorGroups = ['economic', 'social', 'environment', 'potential'] as const;
export type IndicatorGroup = (typeof indicatorGroups)[number];

/** Thai labels as the seed prints them (ตัวชี้วัดด้านเศรษฐกิจ …, ตัวชี้วัด Potential Base). */
export const groupLabels: Record<IndicatorGroup, { th: string; en: string }> = {
  economic: { th: 'เศรษฐกิจ', en: 'Economic' },
  social: { th: 'สังคม', en: 'Social' },
  environment: { th: 'สิ่งแวดล้อม', en: 'Environment' },
  potential: { th: 'Potential Base', en: 'Potential Base' },
};
