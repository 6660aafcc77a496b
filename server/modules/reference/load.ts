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

/** Upserts provinces, fiscal years, their two rounds, indicators and catalog assignments (nothing when the store already holds exactly these). */
export function syncReferenceData(db: Db, ref: ReferenceData): void {
  // Every start runs this: writing thousands of unchanged rows was most of a start-up on an existing database.
  if (storeHolds(db, ref)) return;
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
        const row = indicatorRow(c.fiscalYear, seq, i);
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

/** An indicator's row as the catalog file gives it. */
function indicatorRow(year: number, seq: number, i: Catalog['indicators'][number]) {
  return {
    year,
    seq,
    code: i.code,
    nameTh: i.nameTh,
    nameEn: i.nameEn,
    group: i.group,
    unitTh: i.unitTh,
    unitEn: i.unitEn,
    decimals: i.decimals,
    direction: i.direction,
    kind: i.kind,
    accumulates: i.accumulates,
    hasComponents: i.hasComponents,
    componentLabelTh: i.componentLabelTh ?? null,
    componentLabelEn: i.componentLabelEn ?? null,
    example: i.example,
    source: i.source,
  };
}

/** Every field the file gives equals the stored one (absent and null alike). */
const holds = (file: object, stored: object | undefined) =>
  stored !== undefined && Object.entries(file).every(([k, v]) => JSON.stringify(v ?? null) === JSON.stringify((stored as Record<string, unknown>)[k] ?? null));

/** True when the store already holds exactly the files' reference data (read in five queries). */
function storeHolds(db: Db, ref: ReferenceData): boolean {
  const storedProvinces = new Map(db.select().from(provinces).all().map((p) => [p.iso, p]));
  if (!ref.provinces.provinces.every((p) => holds(p, storedProvinces.get(p.iso)))) return false;
  const years = new Map(db.select().from(fiscalYears).all().map((y) => [y.year, y]));
  const roundKeys = new Set(db.select().from(rounds).all().map((r) => `${r.year}|${r.months}`));
  const storedIndicators = new Map(db.select().from(indicators).all().map((i) => [`${i.year}|${i.code}`, i]));
  const assigned = new Map<number, Set<string>>();
  for (const a of db.select().from(indicatorProvinces).all()) {
    const set = assigned.get(a.indicatorId) ?? assigned.set(a.indicatorId, new Set()).get(a.indicatorId)!;
    set.add(a.provinceIso);
  }
  return ref.catalogs.every(
    (c) =>
      holds({ year: c.fiscalYear, titleTh: c.titleTh, titleEn: c.titleEn, source: c.source }, years.get(c.fiscalYear)) &&
      roundKeys.has(`${c.fiscalYear}|6`) &&
      roundKeys.has(`${c.fiscalYear}|12`) &&
      c.indicators.every((i, seq) => {
        const stored = storedIndicators.get(`${c.fiscalYear}|${i.code}`);
        const set = stored ? assigned.get(stored.id) : undefined;
        return holds(indicatorRow(c.fiscalYear, seq, i), stored) && (set?.size ?? 0) === i.provinces.length && i.provinces.every((iso) => set!.has(iso));
      }),
  );
}
