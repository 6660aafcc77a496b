/**
 * Loads the reference data files in `data/` (provinces, one catalog file per fiscal year) into the
 * store. Idempotent: run at every start, so a corrected catalog file takes effect on restart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog, ProvincesFile } from '../../../shared/reference';
import type { Db } from '../../platform/db/client';

export interface ReferenceData {
  provinces: ProvincesFile;
  catalogs: Catalog[];
}

/** Reads and validates `data/provinces.json` and `data/catalog/fy*.json`; throws with the file name on bad data. */
export function readReferenceData(dataDir: string): ReferenceData {
  const provinces = parseFile(join(dataDir, 'provinces.json'), ProvincesFile);
  const catalogDir = join(dataDir, 'catalog');
  const catalogs = readdirSync(catalogDir)
    .filter((f) => /^fy\d{4}\.json$/.test(f))
    .sort()
    .map((f) => parseFile(join(catalogDir, f), Catalog));
  const known = new Set(provinces.provinces.filter((p) => p.inMeasure).map((p) => p.iso));
  for (const c of catalogs) {
    for (const i of c.indicators) {
      const unknown = i.provinces.filter((iso) => !known.has(iso));
      if (unknown.length) throw new Error(`catalog fy${c.fiscalYear}: ${i.code} assigns provinces outside the measure: ${unknown.join(', ')}`);
    }
  }
  return { provinces, catalogs };
}

function parseFile<T>(path: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 10).map((i) => `  - ${i.path.map(String).join('.')}: ${i.message}`);
    throw new Error(`${path} is not valid reference data:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Upserts provinces, fiscal years, their two rounds, indicators and catalog assignments. */
export function syncReferenceData(db: Db, ref: ReferenceData): void {
  const s = db.$client;
  const upsertProvince = s.prepare(
    `insert into provinces (iso, code, name_th, name_en, region, cluster, in_measure) values (?, ?, ?, ?, ?, ?, ?)
     on conflict(iso) do update set code = excluded.code, name_th = excluded.name_th, name_en = excluded.name_en,
       region = excluded.region, cluster = excluded.cluster, in_measure = excluded.in_measure`,
  );
  const upsertYear = s.prepare(
    `insert into fiscal_years (year, title_th, title_en, source) values (?, ?, ?, ?)
     on conflict(year) do update set title_th = excluded.title_th, title_en = excluded.title_en, source = excluded.source`,
  );
  const insertRound = s.prepare(`insert into rounds (year, months) values (?, ?) on conflict do nothing`);
  const upsertIndicator = s.prepare(
    `insert into indicators (year, seq, code, name_th, name_en, "group", unit_th, unit_en, direction, kind, accumulates,
       has_components, component_label_th, component_label_en, example, source)
     values (@year, @seq, @code, @nameTh, @nameEn, @group, @unitTh, @unitEn, @direction, @kind, @accumulates,
       @hasComponents, @componentLabelTh, @componentLabelEn, @example, @source)
     on conflict(year, code) do update set seq = excluded.seq, name_th = excluded.name_th, name_en = excluded.name_en,
       "group" = excluded."group", unit_th = excluded.unit_th, unit_en = excluded.unit_en, direction = excluded.direction,
       kind = excluded.kind, accumulates = excluded.accumulates, has_components = excluded.has_components,
       component_label_th = excluded.component_label_th, component_label_en = excluded.component_label_en,
       example = excluded.example, source = excluded.source
     returning id`,
  );
  const clearIndicatorProvinces = s.prepare(`delete from indicator_provinces where indicator_id = ?`);
  const insertIndicatorProvince = s.prepare(`insert into indicator_provinces (indicator_id, province_iso) values (?, ?)`);

  s.transaction(() => {
    for (const p of ref.provinces.provinces) {
      upsertProvince.run(p.iso, p.code, p.nameTh, p.nameEn, p.region, p.cluster, p.inMeasure ? 1 : 0);
    }
    for (const c of ref.catalogs) {
      upsertYear.run(c.fiscalYear, c.titleTh, c.titleEn, c.source);
      insertRound.run(c.fiscalYear, 6);
      insertRound.run(c.fiscalYear, 12);
      c.indicators.forEach((i, seq) => {
        const { id } = upsertIndicator.get({
          year: c.fiscalYear,
          seq,
          code: i.code,
          nameTh: i.nameTh,
          nameEn: i.nameEn,
          group: i.group,
          unitTh: i.unitTh,
          unitEn: i.unitEn,
          direction: i.direction,
          kind: i.kind,
          accumulates: i.accumulates ? 1 : 0,
          hasComponents: i.hasComponents ? 1 : 0,
          componentLabelTh: i.componentLabelTh ?? null,
          componentLabelEn: i.componentLabelEn ?? null,
          example: i.example ? 1 : 0,
          source: i.source,
        }) as { id: number };
        clearIndicatorProvinces.run(id);
        for (const iso of i.provinces) insertIndicatorProvince.run(id, iso);
      });
    }
  })();
}
