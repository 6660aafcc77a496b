/**
 * What the FY2566 6-month round of the demo must reproduce: the seed's national table (which provinces
 * and components were below minimum) and the seed's notice example for อ่างทอง. The not-reported and
 * pending rows below are demo choices placed where the seed allows them (never a province the seed
 * lists as below minimum for that indicator; none in the Potential Base group for not-reported).
 */
import type { Catalog } from '../../shared/reference';
import type { Targets } from '../../shared/classification/types';
import type { SeedTableRow } from './reference-files';

/** "TH-15|แม่น้ำน้อย", or "TH-15|" for an indicator without components. */
export const itemKey = (iso: string, component: string) => `${iso}|${component}`;

/** Indicator code → keys below minimum at FY2566 r6, from the seed's national table. */
export function seedBelowMinimum(table: SeedTableRow[], catalog: Catalog): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const row of table) {
    const ind = catalog.indicators.find((i) => i.nameTh === row.indicatorNameTh);
    if (!ind) throw new Error(`seed indicator not in the catalog: ${row.indicatorNameTh}`);
    const keys = new Set<string>();
    for (const p of row.provinces) {
      if (ind.hasComponents) for (const c of p.components ?? []) keys.add(itemKey(p.iso, c));
      else keys.add(itemKey(p.iso, ''));
    }
    out.set(ind.code, keys);
  }
  return out;
}

export const seedProvince = 'TH-15'; // อ่างทอง

/** The seed's notice: 449.21 million baht against 707.14 / 744.34 / 802.25. */
export const seedTourism = {
  code: 'ECO-05',
  targets2566: { min: 707.14, std: 744.34, adv: 802.25 } satisfies Targets,
  result2566r6: 449.21,
  // demo values for the year-on-year comparison and the year end (not from the seed)
  result2566r12: 752.4,
  targets2565: { min: 650, std: 690, adv: 740 } satisfies Targets,
  result2565r6: 401.37,
  result2565r12: 712.58,
} as const;

/** อ่างทอง's FY2566 r6 statuses as the seed's notice counts them (4 below, 3 met, 3 pending). */
export const seedNoticeStatuses: Record<string, 'belowMin' | 'metMin' | 'pending'> = {
  'ECO-05|': 'belowMin',
  'SOC-01|': 'belowMin',
  'SOC-03|': 'belowMin',
  'ENV-02|แม่น้ำน้อย': 'belowMin',
  'ECO-01|': 'metMin',
  'ENV-01|': 'metMin',
  'ENV-02|แม่น้ำเจ้าพระยาตอนกลาง': 'metMin',
  'ECO-07|': 'pending',
  'ENV-04|': 'pending',
  'PB-01|': 'pending',
};

/** [indicator, province, component] not reported at FY2566 r6 (demo choice, 5 rows). */
export const notReported2566r6: [string, string, string][] = [
  ['ECO-01', 'TH-27', ''],
  ['ECO-04', 'TH-55', ''],
  ['ECO-07', 'TH-46', ''],
  ['SOC-01', 'TH-94', ''],
  ['SOC-02', 'TH-96', ''],
];

/** Pending at FY2566 r6: อ่างทอง's three (seed) and three more (demo choice). */
export const pending2566r6: [string, string, string][] = [
  ['ECO-07', 'TH-15', ''],
  ['ENV-04', 'TH-15', ''],
  ['PB-01', 'TH-15', ''],
  ['ECO-04', 'TH-36', ''],
  ['ECO-07', 'TH-33', ''],
  ['ENV-03', 'TH-20', 'ระยะ 2'],
];

/**
 * e-Service: provinces the seed says had no users yet as of 12 June 2023; their 6-month satisfaction
 * is written as 0 with a note.
 */
export const eServiceNoUsers = ['TH-72', 'TH-75', 'TH-81', 'TH-82', 'TH-94', 'TH-25', 'TH-52', 'TH-51', 'TH-54', 'TH-66'];
