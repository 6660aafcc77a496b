/**
 * Loads the reference data files in `data/` (provinces, one catalog file per fiscal year) into the
 * store. Idempotent: run at every start, so a corrected catalog file takes effect on restart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog, ProvincesFile } from '../../../shared/reference';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { fiscalYears, indicatorProvinces, indicators, provinces, rounds } from '../../platform/db/schema';

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
  // On a conflict, every column but the key takes the file's value.
  db.transaction(() => {
    for (const p of ref.provinces.provinces) {
      const { iso: _iso, ...set } = p;
      db.insert(provinces).values(p).onConflictDoUpdate({ target: provinces.iso, set }).run();
    }
    for (const c of ref.catalogs) {
      const titles = { titleTh: c.titleTh, titleEn: c.titleEn, source: c.source };
      db.insert(fiscalYears).values({ year: c.fiscalYear, ...titles }).onConflictDoUpdate({ target: fiscalYears.year, set: titles }).run();
      db.insert(rounds).values([{ year: c.fiscalYear, months: 6 }, { year: c.fiscalYear, months: 12 }]).onConflictDoNothing().run();
      c.indicators.forEach((i, seq) => {
        const row = {
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
          accumulates: i.accumulates,
          hasComponents: i.hasComponents,
          componentLabelTh: i.componentLabelTh ?? null,
          componentLabelEn: i.componentLabelEn ?? null,
          example: i.example,
          source: i.source,
        };
        const { year: _y, code: _c, ...set } = row;
        const { id } = db
          .insert(indicators)
          .values(row)
          .onConflictDoUpdate({ target: [indicators.year, indicators.code], set })
          .returning({ id: indicators.id })
          .get();
        db.delete(indicatorProvinces).where(eq(indicatorProvinces.indicatorId, id)).run();
        if (i.provinces.length) db.insert(indicatorProvinces).values(i.provinces.map((iso) => ({ indicatorId: id, provinceIso: iso }))).run();
      });
    }
  });
}
