/**
 * Writes data/provinces.json and data/catalog/fy2566.json + fy2565.json from the definitions in this
 * folder, checking the counts the seed prints. Run: npx tsx scripts/demo/build-reference.ts
 * (the JSON files are the source the app and the demo generator read; this script documents how they
 * were made and re-creates them byte for byte).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { componentsOf } from './components';
import { buildCatalog, buildProvincesFile, type SeedTableRow } from './reference-files';

const root = fileURLToPath(new URL('../../', import.meta.url));
const expectedCounts: Record<string, number> = {
  'ECO-01': 76, 'ECO-02': 58, 'ECO-03': 58, 'ECO-04': 58, 'ECO-05': 45, 'ECO-06': 8, 'ECO-07': 33, 'ECO-08': 8,
  'ECO-09': 1, 'ENV-02': 27, 'ENV-03': 12,
};
const minItemsPerProvince = 5;

function main(): void {
  const provinces = buildProvincesFile(readFileSync(`${root}data/th-provinces.csv`, 'utf8'));
  const seed = JSON.parse(readFileSync(`${root}data/reference/fy2566-r6-national-table.seed.json`, 'utf8')) as SeedTableRow[];
  const catalogs = [buildCatalog(2566, provinces, seed), buildCatalog(2565, provinces, seed)];
  const fy2566 = catalogs[0]!;

  for (const ind of fy2566.indicators) {
    const want = expectedCounts[ind.code];
    if (want !== undefined && ind.provinces.length !== want) throw new Error(`${ind.code}: ${ind.provinces.length} provinces, want ${want}`);
  }
  const items = new Map<string, number>();
  for (const ind of fy2566.indicators) {
    for (const iso of ind.provinces) items.set(iso, (items.get(iso) ?? 0) + componentsOf(ind.code, iso.slice(3)).length);
  }
  for (const p of provinces.provinces.filter((q) => q.inMeasure)) {
    const n = items.get(p.iso) ?? 0;
    if (n < minItemsPerProvince) throw new Error(`${p.iso} ${p.nameTh} has only ${n} items`);
  }
  const sources = fy2566.indicators.find((i) => i.code === 'ENV-02')!.provinces.reduce((s, iso) => s + componentsOf('ENV-02', iso.slice(3)).length, 0);
  const areas = fy2566.indicators.find((i) => i.code === 'ENV-03')!.provinces.reduce((s, iso) => s + componentsOf('ENV-03', iso.slice(3)).length, 0);
  if (sources !== 48 || areas !== 17) throw new Error(`components: ${sources} water sources (want 48), ${areas} areas (want 17)`);

  writeFileSync(`${root}data/provinces.json`, `${JSON.stringify(provinces, null, 2)}\n`);
  for (const c of catalogs) writeFileSync(`${root}data/catalog/fy${c.fiscalYear}.json`, `${JSON.stringify(c, null, 2)}\n`);

  const counts = [...items.values()];
  console.log(`provinces.json: ${provinces.provinces.length} provinces; catalogs: ${catalogs.map((c) => c.fiscalYear).join(', ')}`);
  console.log(fy2566.indicators.map((i) => `${i.code} ${i.provinces.length}`).join(' | '));
  console.log(`items per province: min ${Math.min(...counts)}, max ${Math.max(...counts)}; water sources ${sources}, areas ${areas}`);
}

main();
