/**
 * The demo dataset as rows of the import format (shared/import-format.ts), one list per file.
 * `buildDemoRows` is pure and deterministic: the same reference data always gives the same rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog, ProvincesFile } from '../../shared/reference';
import { indicatorCell, provinceCell, provinceStyle, resultCell, toThaiDigits, type HeaderLanguage } from './cells';
import { plan2565, plan2566, type FiscalYear, type PlannedItem, type Round } from './plan';
import { activityNote, seedTourismActivities } from './notes';
import { profileOf } from './profiles';
import { rng } from './prng';
import type { SeedTableRow } from './reference-files';
import { seedBelowMinimum, seedProvince, seedTourism } from './seed-facts';

export interface DemoReference {
  provinces: ProvincesFile;
  catalogs: Record<FiscalYear, Catalog>;
  seedTable: SeedTableRow[];
}

/** One row as written; keys follow `importColumns`. Targets are null when the file leaves them empty. */
export interface DemoRow {
  fiscalYear: number;
  round: Round;
  province: string;
  indicator: string;
  component: string;
  targetMin: number | null;
  targetStd: number | null;
  targetAdv: number | null;
  result: string;
  note: string;
}

export interface DemoFileSpec {
  name: string;
  fiscalYear: FiscalYear;
  round: Round;
  format: 'xlsx' | 'csv';
  headers: HeaderLanguage;
  /** Text encoding of a CSV file. */
  encoding: 'utf-8-bom' | 'windows-874' | null;
  /** Targets in every row; otherwise the columns are present but empty (targets already stored). */
  withTargets: boolean;
}

export interface DemoFile extends DemoFileSpec {
  rows: DemoRow[];
}

export const demoFileSpecs: DemoFileSpec[] = [
  { name: 'fy2565-r06.xlsx', fiscalYear: 2565, round: 6, format: 'xlsx', headers: 'th', encoding: null, withTargets: true },
  { name: 'fy2565-r12.csv', fiscalYear: 2565, round: 12, format: 'csv', headers: 'th', encoding: 'windows-874', withTargets: false },
  { name: 'fy2566-r06.xlsx', fiscalYear: 2566, round: 6, format: 'xlsx', headers: 'th', encoding: null, withTargets: true },
  { name: 'fy2566-r12.csv', fiscalYear: 2566, round: 12, format: 'csv', headers: 'en', encoding: 'utf-8-bom', withTargets: false },
];

/** Reads the reference files the app reads (data/provinces.json, data/catalog/*.json, the seed table). */
export function loadDemoReference(root: string): DemoReference {
  const json = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
  return {
    provinces: ProvincesFile.parse(json('data/provinces.json')),
    catalogs: { 2565: Catalog.parse(json('data/catalog/fy2565.json')), 2566: Catalog.parse(json('data/catalog/fy2566.json')) },
    seedTable: json('data/reference/fy2566-r6-national-table.seed.json') as SeedTableRow[],
  };
}

function noteFor(item: PlannedItem, spec: DemoFileSpec): string {
  const o = spec.round === 6 ? item.r6 : item.r12;
  const r = rng('note', spec.name, item.iso, item.indicator.code, item.component);
  const seedRow = item.iso === seedProvince && item.indicator.code === seedTourism.code;
  if (seedRow && spec.fiscalYear === 2566 && spec.round === 6) return `${seedTourismActivities} (ข้อมูลสำนักงานการท่องเที่ยวและกีฬาจังหวัด ต.ค. 2565 - มี.ค. 2566)`;
  if (o.kind === 'notReported') return '';
  if (o.kind === 'pending') return r.pick(['รอผลการประเมินจากหน่วยงานส่วนกลาง', 'ผลการดำเนินงานจะออกในรอบ 12 เดือน', '']);
  if (item.indicator.code === 'SOC-03' && o.value === 0) return 'ยังไม่มีผู้รับบริการ e-Service ของอำเภอ';
  const asOf = r.chance(0.05) ? (spec.round === 6 ? `ข้อมูล ณ วันที่ 31 มี.ค. ${spec.fiscalYear}` : `ข้อมูล ณ วันที่ 30 ก.ย. ${spec.fiscalYear}`) : '';
  // the province's account of its work (issue 12): every อ่างทอง item, about 30 % of the others
  const account = item.iso === seedProvince || r.chance(0.3) ? activityNote(item.indicator.code, r) : '';
  return account && asOf ? `${account} (${asOf})` : account || asOf;
}

function toRow(item: PlannedItem, spec: DemoFileSpec, provinceText: string): DemoRow {
  const key = [spec.name, item.iso, item.indicator.code, item.component] as const;
  const outcome = spec.round === 6 ? item.r6 : item.r12;
  const p = profileOf(item.indicator.code);
  let result = resultCell(outcome, p, item.indicator, spec.headers, rng('result', ...key));
  // the seed's notice prints this result as ๔๔๙.๒๑ ล้านบาท; the demo file carries it the same way
  if (item.iso === seedProvince && item.indicator.code === seedTourism.code && spec.fiscalYear === 2566 && spec.round === 6) {
    result = `${toThaiDigits(seedTourism.result2566r6.toFixed(2))} ${item.indicator.unitTh}`;
  }
  return {
    fiscalYear: spec.fiscalYear,
    round: spec.round,
    province: provinceText,
    indicator: indicatorCell(item.indicator, rng('indicator', ...key)),
    component: item.component,
    targetMin: spec.withTargets ? item.targets.min : null,
    targetStd: spec.withTargets ? item.targets.std : null,
    targetAdv: spec.withTargets ? item.targets.adv : null,
    result,
    note: noteFor(item, spec),
  };
}

/** The facts (targets and outcomes) of both years, before they become cells. */
export function planDemo(ref: DemoReference): Record<FiscalYear, PlannedItem[]> {
  const order = ref.provinces.provinces.filter((p) => p.inMeasure).map((p) => p.iso);
  const seedBelow = seedBelowMinimum(ref.seedTable, ref.catalogs[2566]);
  const fy2566 = plan2566(ref.catalogs[2566], order, seedBelow);
  return { 2566: fy2566, 2565: plan2565(ref.catalogs[2565], order, fy2566) };
}

export function buildDemoRows(ref: DemoReference): DemoFile[] {
  const plans = planDemo(ref);
  const byIso = new Map(ref.provinces.provinces.map((p) => [p.iso, p]));
  return demoFileSpecs.map((spec) => {
    const rows = plans[spec.fiscalYear].map((item) => {
      const province = byIso.get(item.iso)!;
      const style = provinceStyle(rng('province-style', spec.name, item.iso), spec.headers);
      return toRow(item, spec, provinceCell(province, style));
    });
    return { ...spec, rows };
  });
}

