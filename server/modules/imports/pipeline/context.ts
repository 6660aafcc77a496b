/**
 * What the import needs to know from the store before it reads a row: provinces, each fiscal year's
 * catalog and rounds. Loaded once per import so the row loop does no queries.
 */
import type { Direction, IndicatorKind } from '../../../../shared/reference';
import type { ProvinceRef } from '../../../../shared/reference';
import type { Db } from '../../../platform/db/client';
import { indicatorProvinces, indicators, provinces, rounds } from '../../../platform/db/schema';
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
  // Drizzle's builder: five queries of reference data per import (about 2,000 rows), none per row.
  const provinceList: ProvinceRef[] = db
    .select({ iso: provinces.iso, code: provinces.code, nameTh: provinces.nameTh, nameEn: provinces.nameEn, region: provinces.region, cluster: provinces.cluster, inMeasure: provinces.inMeasure })
    .from(provinces)
    .all();
  const provinceMap = new Map<string, ProvinceRef>(provinceList.map((p) => [p.iso, p]));
  const years = new Map<number, YearCatalog>();
  const indicatorRows = db
    .select({
      id: indicators.id, year: indicators.year, code: indicators.code, nameTh: indicators.nameTh, nameEn: indicators.nameEn, unitTh: indicators.unitTh,
      unitEn: indicators.unitEn, direction: indicators.direction, kind: indicators.kind, hasComponents: indicators.hasComponents,
    })
    .from(indicators)
    .orderBy(indicators.year, indicators.seq)
    .all();
  const assigned = db.select({ id: indicatorProvinces.indicatorId, iso: indicatorProvinces.provinceIso }).from(indicatorProvinces).all();
  const provincesOf = new Map<number, Set<string>>();
  for (const a of assigned) {
    let set = provincesOf.get(a.id);
    if (!set) provincesOf.set(a.id, (set = new Set()));
    set.add(a.iso);
  }
  for (const r of indicatorRows) {
    let y = years.get(r.year);
    if (!y) years.set(r.year, (y = { byCode: new Map(), byName: new Map(), roundIds: new Map() }));
    const meta: IndicatorMeta = { ...r, provinces: provincesOf.get(r.id) ?? new Set() };
    y.byCode.set(r.code.toUpperCase(), meta);
    y.byName.set(normaliseName(r.nameTh), meta);
  }
  for (const r of db.select({ id: rounds.id, year: rounds.year, months: rounds.months }).from(rounds).all()) {
    years.get(r.year)?.roundIds.set(r.months, r.id);
  }
  const matcher = createProvinceMatcher(provinceList);
  return { provinces: provinceMap, matchProvince: (raw) => matcher.match(raw), years };
}
