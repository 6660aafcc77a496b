/**
 * What the import needs to know from the store before it reads a row: provinces, each fiscal year's
 * catalog and rounds. Loaded once per import so the row loop does no queries.
 */
import type { Direction, IndicatorKind } from '../../../../shared/reference';
import type { ProvinceRef } from '../../../../shared/reference';
import type { Db } from '../../../platform/db/client';
import { createProvinceMatcher } from './parse/province-matcher';

export interface IndicatorMeta {
  id: number;
  year: number;
  code: string;
  nameTh: string;
  /** For the value rules (value-rules.ts): the unit and name say what range a value can have. */
  nameEn: string;
  unitTh: string;
  unitEn: string;
  direction: Direction;
  kind: IndicatorKind;
  hasComponents: boolean;
  provinces: Set<string>;
}

export interface YearCatalog {
  byCode: Map<string, IndicatorMeta>;
  byName: Map<string, IndicatorMeta>;
  roundIds: Map<number, number>;
}

export interface ImportContext {
  provinces: Map<string, ProvinceRef>;
  matchProvince: ReturnType<typeof createProvinceMatcher>['match'];
  years: Map<number, YearCatalog>;
}

/** Normalises an indicator's Thai name for exact matching: NFC, single spaces. */
export function normaliseName(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function loadImportContext(db: Db): ImportContext {
  // Raw SQL: part of the import's measured hot path (`npm run bench`, synthetic 100,000-row CSV: import/plain ratio 0.48 in README, budget ≥ 0.33). Still to move to the query builder (issue 8, point 5).
  const s = db.$client;
  const provinceRows = s
    .prepare(`select iso, code, name_th as nameTh, name_en as nameEn, region, cluster, in_measure as inMeasure from provinces`)
    .all() as (Omit<ProvinceRef, 'inMeasure'> & { inMeasure: number })[];
  const provinces = new Map<string, ProvinceRef>(provinceRows.map((p) => [p.iso, { ...p, inMeasure: p.inMeasure === 1 }]));
  const years = new Map<number, YearCatalog>();
  const indicatorRows = s
    .prepare(
      `select id, year, code, name_th as nameTh, name_en as nameEn, unit_th as unitTh, unit_en as unitEn, direction, kind, has_components as hasComponents from indicators order by year, seq`,
    )
    .all() as (Omit<IndicatorMeta, 'provinces' | 'hasComponents'> & { hasComponents: number })[];
  const assigned = s.prepare(`select indicator_id as id, province_iso as iso from indicator_provinces`).all() as { id: number; iso: string }[];
  const provincesOf = new Map<number, Set<string>>();
  for (const a of assigned) {
    let set = provincesOf.get(a.id);
    if (!set) provincesOf.set(a.id, (set = new Set()));
    set.add(a.iso);
  }
  for (const r of indicatorRows) {
    let y = years.get(r.year);
    if (!y) years.set(r.year, (y = { byCode: new Map(), byName: new Map(), roundIds: new Map() }));
    const meta: IndicatorMeta = { ...r, hasComponents: r.hasComponents === 1, provinces: provincesOf.get(r.id) ?? new Set() };
    y.byCode.set(r.code.toUpperCase(), meta);
    y.byName.set(normaliseName(r.nameTh), meta);
  }
  for (const r of s.prepare(`select id, year, months from rounds`).all() as { id: number; year: number; months: number }[]) {
    years.get(r.year)?.roundIds.set(r.months, r.id);
  }
  const matcher = createProvinceMatcher([...provinces.values()]);
  return { provinces, matchProvince: (raw) => matcher.match(raw), years };
}
