/**
 * Builds the reference data files (data/provinces.json, data/catalog/fy2566.json, fy2565.json) from the
 * definitions in this folder. Pure: reads nothing, the caller passes the CSV text and the seed table.
 */
import { Catalog, ProvincesFile, type CatalogIndicator, type ProvinceRef } from '../../shared/reference';
import { clusters, clusterSource } from './clusters';
import { indicatorDefs } from './indicators';

export interface SeedTableRow {
  seq: number;
  indicatorNameTh: string;
  printedCount: number;
  printedComponentCount?: number;
  provinces: { nameTh: string; iso: string; seedSpelling?: string; components?: string[] }[];
}

/** Exactly the attribution text SOURCE.md requires. */
export const mapAttribution =
  'Province boundaries: Royal Thai Survey Department, via OCHA Humanitarian Data Exchange, "Thailand – Subnational ' +
  'Administrative Boundaries" (cod-ab-tha), licensed CC BY-IGO 3.0. Generalised by the mapthai R package ' +
  '(Piyayut Chitchumnong) and further dissolved, simplified and re-attributed for this project.';

const provincesSource =
  'Names, codes and regions: th-provinces.csv of the team geo folder (Thai names typed from ISO 3166-2:TH and ' +
  'identical to the RTSD ADM1_TH attribute, 77/77; English names = RTSD ADM1_EN, RTGS spelling; region = the ' +
  'NESDC 7-region grouping printed by the National Statistical Office, Bueng Kan added to Northeastern). ' +
  'Boundaries: data/map/th-provinces.topo.json, RTSD 2019 edition via OCHA HDX cod-ab-tha (CC BY-IGO 3.0), ' +
  'generalised by the mapthai R package; see data/map/ATTRIBUTION.md.';

export function buildProvincesFile(csvText: string): ProvincesFile {
  const lines = csvText.trim().split(/\r?\n/).slice(1);
  const clusterOf = new Map<string, string>();
  for (const [cluster, names] of Object.entries(clusters)) for (const n of names) clusterOf.set(n, cluster);
  const provinces: ProvinceRef[] = lines.map((line) => {
    const [iso, code, nameTh, nameEn, region] = line.split(',') as [string, string, string, string, string];
    const inMeasure = iso !== 'TH-10';
    const cluster = clusterOf.get(nameTh) ?? null;
    if (inMeasure !== (cluster !== null)) throw new Error(`cluster missing or unexpected for ${iso} ${nameTh}`);
    clusterOf.delete(nameTh);
    return { iso, code, nameTh, nameEn, region, cluster, inMeasure };
  });
  if (clusterOf.size) throw new Error(`cluster names not in the CSV: ${[...clusterOf.keys()].join(', ')}`);
  return ProvincesFile.parse({ source: provincesSource, clusterSource, mapAttribution, provinces });
}

function assignedProvinces(def: (typeof indicatorDefs)[number], measure: ProvinceRef[], seed: SeedTableRow[]): string[] {
  const set = new Set<string>();
  if (def.allExcept) {
    for (const p of measure) if (!def.allExcept.includes(p.code)) set.add(p.iso);
  }
  for (const seq of def.seedSeq ?? []) {
    const row = seed.find((r) => r.seq === seq);
    if (!row) throw new Error(`seed row ${seq} missing`);
    for (const p of row.provinces) set.add(p.iso);
  }
  for (const code of def.extra ?? []) set.add(`TH-${code}`);
  const order = measure.map((p) => p.iso);
  for (const iso of set) if (!order.includes(iso)) throw new Error(`${def.code}: ${iso} is not in the measure`);
  return order.filter((iso) => set.has(iso));
}

export function buildCatalog(fiscalYear: 2565 | 2566, provinces: ProvincesFile, seed: SeedTableRow[]): Catalog {
  const measure = provinces.provinces.filter((p) => p.inMeasure);
  const demo2565 = fiscalYear === 2565;
  const indicators: CatalogIndicator[] = indicatorDefs.map((def) => {
    const { seedSeq: _s, extra: _e, allExcept: _a, ...fields } = def;
    // The FY2565 catalog is a copy: say so on every indicator, not only in the file's title.
    const source = demo2565 ? `FY2566 facts (${fields.source}) assumed for FY2565 — demo assumption` : fields.source;
    return { ...fields, source, provinces: assignedProvinces(def, measure, seed) };
  });
  return Catalog.parse({
    fiscalYear,
    titleTh: `ตัวชี้วัดตามมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการของจังหวัด ประจำปีงบประมาณ พ.ศ. ${fiscalYear}` +
      (demo2565 ? ' (ข้อมูลสมมติสำหรับการสาธิต)' : ''),
    titleEn: demo2565
      ? 'Provincial performance improvement measure, FY2565 — DEMO ASSUMPTION: the real FY2565 catalog is not known; ' +
        'this file repeats the FY2566 demo catalog (same 24 indicators and assignments) so the demo can compare years'
      : 'Provincial performance improvement measure, FY2566 — demo catalog: 16 indicators named in the seed, 8 labelled examples',
    source: demo2565
      ? 'Demo assumption, not OPDC data: copy of the FY2566 demo catalog. The real FY2565 indicators and assignments are unknown.'
      : 'OPDC briefing of 19 June 2023 (seed 000_0c62ebd64b10cfd6), via the team brief indicators-fy2566.md. ' +
        'Assignments beyond the provinces the seed names, units marked inferred, and the 8 example indicators are demo assumptions.',
    indicators,
  });
}
