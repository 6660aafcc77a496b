/**
 * Reference data (provinces, FY2565/FY2566 catalogs) and the demo dataset: shapes, the counts the seed
 * prints, and the FY2566 6-month round reproducing the seed's national table and notice example.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resultWords } from '../shared/import-format';
import { Catalog, ProvincesFile, type CatalogIndicator } from '../shared/reference';
import { buildDemoRows, loadDemoReference, type DemoFile, type DemoRow } from '../scripts/demo/rows';
import { fileBytes } from '../scripts/demo/write';

const root = fileURLToPath(new URL('..', import.meta.url));
const json = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

const provincesFile = ProvincesFile.parse(json('data/provinces.json'));
const fy2566 = Catalog.parse(json('data/catalog/fy2566.json'));
const fy2565 = Catalog.parse(json('data/catalog/fy2565.json'));
interface SeedRow { seq: number; indicatorNameTh: string; provinces: { iso: string; components?: string[] }[] }
const seedTable = json('data/reference/fy2566-r6-national-table.seed.json') as SeedRow[];

const provinces = provincesFile.provinces;
const inMeasure = provinces.filter((p) => p.inMeasure);
const indicator = (code: string, c: typeof fy2566 = fy2566): CatalogIndicator => {
  const found = c.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};
const seedIsos = (...seqs: number[]) => new Set(seedTable.filter((r) => seqs.includes(r.seq)).flatMap((r) => r.provinces.map((p) => p.iso)));
const exampleCodes = ['SOC-04', 'SOC-05', 'ENV-05', 'PB-01', 'PB-02', 'PB-03', 'PB-04', 'PB-05'];

describe('data/provinces.json', () => {
  it('has the 77 provinces of th-provinces.csv, 76 in the measure', () => {
    const csv = readFileSync(join(root, 'data/th-provinces.csv'), 'utf8').trim().split('\n').slice(1);
    expect(provinces.map((p) => [p.iso, p.code, p.nameTh, p.nameEn, p.region].join(','))).toEqual(csv);
    expect(inMeasure).toHaveLength(76);
    const bangkok = provinces.find((p) => p.iso === 'TH-10')!;
    expect(bangkok).toMatchObject({ inMeasure: false, cluster: null });
  });

  it('puts the 76 provinces into exactly 18 clusters', () => {
    expect(inMeasure.every((p) => typeof p.cluster === 'string' && p.cluster.length > 0)).toBe(true);
    expect(new Set(inMeasure.map((p) => p.cluster)).size).toBe(18);
    expect(provinces.find((p) => p.iso === 'TH-15')!.cluster).toBe('ภาคกลางตอนบน 2');
    expect(provincesFile.clusterSource).toMatch(/สมุทรปราการ/);
    expect(provincesFile.clusterSource).toMatch(/บึงกาฬ/);
  });

  it('carries the map attribution SOURCE.md requires, and the map copy matches the provinces', () => {
    expect(provincesFile.mapAttribution).toBe(
      'Province boundaries: Royal Thai Survey Department, via OCHA Humanitarian Data Exchange, "Thailand – Subnational Administrative Boundaries" (cod-ab-tha), licensed CC BY-IGO 3.0. Generalised by the mapthai R package (Piyayut Chitchumnong) and further dissolved, simplified and re-attributed for this project.',
    );
    const topo = json('data/map/th-provinces.topo.json') as { objects: { provinces: { geometries: { properties: { iso: string } }[] } } };
    expect(topo.objects.provinces.geometries.map((g) => g.properties.iso).sort()).toEqual(provinces.map((p) => p.iso).sort());
    expect(readFileSync(join(root, 'data/map/ATTRIBUTION.md'), 'utf8')).toContain(provincesFile.mapAttribution);
  });
});

describe('catalogs', () => {
  it('FY2566 has 24 indicators with the brief\'s codes, in group order', () => {
    expect(fy2566.fiscalYear).toBe(2566);
    expect(fy2566.indicators.map((i) => i.code)).toEqual([
      'ECO-01', 'ECO-02', 'ECO-03', 'ECO-04', 'ECO-05', 'ECO-06', 'ECO-07', 'ECO-08', 'ECO-09',
      'SOC-01', 'SOC-02', 'SOC-03', 'SOC-04', 'SOC-05', 'ENV-01', 'ENV-02', 'ENV-03', 'ENV-04', 'ENV-05',
      'PB-01', 'PB-02', 'PB-03', 'PB-04', 'PB-05',
    ]);
  });

  it('uses the seed\'s exact names for the 13 indicators of its national table', () => {
    for (const row of seedTable) expect(fy2566.indicators.some((i) => i.nameTh === row.indicatorNameTh), row.indicatorNameTh).toBe(true);
    expect(indicator('ECO-01').nameTh).toMatch(/^การขับเคลื่อนการดำเนินงานของศูนย์อำนวยการขจัดความยากจนและพัฒนาคนทุกช่วงวัย.*\(ศจพ\.\)$/);
  });

  it('assigns the counts the seed prints, including every province the seed lists', () => {
    const count = (code: string) => indicator(code).provinces.length;
    const has = (code: string, isos: Set<string>) => [...isos].every((iso) => indicator(code).provinces.includes(iso));
    expect(indicator('ECO-01').provinces).toEqual(inMeasure.map((p) => p.iso));
    for (const code of ['ECO-02', 'ECO-03', 'ECO-04']) {
      expect(count(code)).toBe(58);
      expect(indicator(code).provinces).toEqual(indicator('ECO-02').provinces);
      expect(has(code, seedIsos(1, 2, 3))).toBe(true);
    }
    expect(count('ECO-05')).toBe(45);
    expect(has('ECO-05', seedIsos(4))).toBe(true);
    expect(new Set(indicator('ECO-06').provinces)).toEqual(seedIsos(5));
    expect(count('ECO-07')).toBe(33);
    expect(new Set(indicator('ECO-08').provinces)).toEqual(seedIsos(6));
    expect(count('ECO-09')).toBe(1);
    expect(count('SOC-01')).toBeGreaterThanOrEqual(11);
    expect(has('SOC-01', seedIsos(7))).toBe(true);
    expect(count('SOC-02')).toBeGreaterThanOrEqual(5);
    expect(has('SOC-02', seedIsos(8))).toBe(true);
    expect(count('SOC-03')).toBeGreaterThanOrEqual(37);
    expect(has('SOC-03', seedIsos(13))).toBe(true);
    expect(count('ENV-01')).toBeGreaterThanOrEqual(40);
    expect(has('ENV-01', seedIsos(9))).toBe(true);
    expect(count('ENV-02')).toBe(27);
    expect(has('ENV-02', seedIsos(10))).toBe(true);
    expect(count('ENV-03')).toBe(12);
    expect(has('ENV-03', seedIsos(11))).toBe(true);
    expect(indicator('ENV-04').provinces).toContain('TH-19');
  });

  it('gives the brief\'s directions, kinds and components', () => {
    expect(fy2566.indicators.filter((i) => i.direction === 'lower').map((i) => i.code)).toEqual(['SOC-02']);
    for (const code of ['ECO-01', 'ECO-07', 'ENV-03', 'ENV-04']) expect(indicator(code).kind).toBe('level');
    expect(fy2566.indicators.filter((i) => i.hasComponents).map((i) => [i.code, i.componentLabelTh])).toEqual([
      ['ENV-02', 'แหล่งน้ำ'],
      ['ENV-03', 'พื้นที่'],
    ]);
    for (const code of ['ECO-02', 'ECO-03', 'ECO-05', 'ECO-06', 'ECO-08', 'ECO-09']) expect(indicator(code).accumulates).toBe(true);
  });

  it('assigns only known provinces in the measure', () => {
    const measure = new Set(inMeasure.map((p) => p.iso));
    for (const c of [fy2566, fy2565]) for (const i of c.indicators) for (const iso of i.provinces) expect(measure.has(iso), `${i.code} ${iso}`).toBe(true);
  });

  it('flags exactly the 8 example indicators', () => {
    expect(fy2566.indicators.filter((i) => i.example).map((i) => i.code)).toEqual(exampleCodes);
    for (const code of exampleCodes) {
      const i = indicator(code);
      expect(i.nameTh.startsWith('[ตัวอย่าง] ')).toBe(true);
      expect(i.nameEn.startsWith('[Example] ')).toBe(true);
      expect(i.source).toBe('example — not an OPDC indicator');
    }
    expect(fy2566.indicators.filter((i) => !i.example).every((i) => !i.nameTh.includes('ตัวอย่าง'))).toBe(true);
  });

  it('gives อ่างทอง (the seed example) exactly its 9 indicators', () => {
    const assigned = fy2566.indicators.filter((i) => i.provinces.includes('TH-15')).map((i) => i.code);
    expect(assigned).toEqual(['ECO-01', 'ECO-05', 'ECO-07', 'SOC-01', 'SOC-03', 'ENV-01', 'ENV-02', 'ENV-04', 'PB-01']);
  });

  it('FY2565 repeats the FY2566 indicators and assignments and says it is a demo assumption', () => {
    expect(fy2565.fiscalYear).toBe(2565);
    const withoutSource = (c: typeof fy2565) => c.indicators.map(({ source: _s, ...rest }) => rest);
    expect(withoutSource(fy2565)).toEqual(withoutSource(fy2566));
    for (const i of fy2565.indicators) expect(i.source).toMatch(/demo assumption/);
    expect(fy2565.titleEn).toMatch(/DEMO ASSUMPTION/);
    expect(fy2565.source).toMatch(/unknown/);
  });
});

// ---- demo dataset ----

const thaiDigits = '๐๑๒๓๔๕๖๗๘๙';
type Read = { kind: 'value'; value: number } | { kind: 'notReported' } | { kind: 'pending' };

/** A tiny independent reader of the result cells: status words, Thai digits, thousands separators, units. */
function readResult(cell: string): Read {
  const t = cell.trim().toLowerCase();
  if ((resultWords.notReported as readonly string[]).includes(t)) return { kind: 'notReported' };
  if ((resultWords.pending as readonly string[]).includes(t)) return { kind: 'pending' };
  const ascii = t.replace(/[๐-๙]/g, (d) => String(thaiDigits.indexOf(d))).replace(/,/g, '');
  const numbers = ascii.match(/\d+(?:\.\d+)?/g);
  if (!numbers || numbers.length !== 1) throw new Error(`unreadable result ${cell}`);
  return { kind: 'value', value: Number(numbers[0]) };
}

function isoOf(cell: string): string {
  const name = cell.replace(/^(จังหวัด|จ\.)/, '');
  const p = provinces.find((q) => q.iso === cell || q.code === cell || q.nameTh === name || q.nameEn === cell);
  if (!p) throw new Error(`unknown province ${cell}`);
  return p.iso;
}

function indicatorOf(cell: string): CatalogIndicator {
  const i = fy2566.indicators.find((x) => x.code === cell || x.nameTh === cell);
  if (!i) throw new Error(`unknown indicator ${cell}`);
  return i;
}

interface Item { iso: string; code: string; component: string; status: 'notReported' | 'pending' | 'belowMin' | 'metMin'; row: DemoRow }

function classifyRows(rows: DemoRow[]): Item[] {
  return rows.map((row) => {
    const ind = indicatorOf(row.indicator);
    const r = readResult(row.result);
    let status: Item['status'] = r.kind === 'value' ? 'metMin' : r.kind;
    if (r.kind === 'value') {
      const min = row.targetMin!;
      if (ind.direction === 'higher' ? r.value < min : r.value > min) status = 'belowMin';
    }
    return { iso: isoOf(row.province), code: ind.code, component: row.component, status, row };
  });
}

describe('demo dataset', () => {
  const ref = loadDemoReference(root);
  const files = buildDemoRows(ref);
  const file = (name: string): DemoFile => files.find((f) => f.name === name)!;

  it('exists in data/demo and matches what the generator writes now', async () => {
    for (const f of files) {
      const onDisk = readFileSync(join(root, 'data/demo', f.name));
      expect(new Uint8Array(onDisk), f.name).toEqual(await fileBytes(f));
    }
    expect(existsSync(join(root, 'data/demo/README.md'))).toBe(true);
    const r12 = readFileSync(join(root, 'data/demo/fy2566-r12.csv'));
    expect([...r12.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r12.subarray(3).toString('utf8').startsWith('fiscal_year,round,province,indicator,component,')).toBe(true);
    const r12th = readFileSync(join(root, 'data/demo/fy2565-r12.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(r12th)).toThrow();
    expect(new TextDecoder('windows-874').decode(r12th).startsWith('ปีงบประมาณ,รอบ,จังหวัด,ตัวชี้วัด')).toBe(true);
  });

  it('builds the same rows every time', () => {
    expect(buildDemoRows(loadDemoReference(root))).toEqual(files);
  });

  it('has one row per assigned province × indicator × component in every file, targets only in 6-month files', () => {
    for (const f of files) {
      const items = classifyRows(f.rows);
      const keys = new Set(items.map((i) => `${i.iso}|${i.code}|${i.component}`));
      expect(keys.size, f.name).toBe(f.rows.length);
      const expected = fy2566.indicators.reduce((n, i) => n + i.provinces.length, 0) + (48 - 27) + (17 - 12);
      expect(f.rows.length, f.name).toBe(expected);
      expect(f.rows.every((r) => (f.round === 6 ? r.targetMin !== null && r.targetStd !== null && r.targetAdv !== null : r.targetMin === null)), f.name).toBe(true);
    }
    const perProvince = new Map<string, number>();
    for (const i of classifyRows(file('fy2566-r06.xlsx').rows)) perProvince.set(i.iso, (perProvince.get(i.iso) ?? 0) + 1);
    expect(Math.min(...perProvince.values())).toBeGreaterThanOrEqual(5);
  });

  it('FY2566 6-month round reproduces every list of the seed\'s national table', () => {
    const items = classifyRows(file('fy2566-r06.xlsx').rows);
    const seedCodes = new Set<string>();
    for (const row of seedTable) {
      const ind = indicatorOf(row.indicatorNameTh);
      seedCodes.add(ind.code);
      const want = row.provinces.flatMap((p) => (ind.hasComponents ? p.components!.map((c) => `${p.iso}|${c}`) : [`${p.iso}|`])).sort();
      const got = items.filter((i) => i.code === ind.code && i.status === 'belowMin').map((i) => `${i.iso}|${i.component}`).sort();
      expect(got, ind.code).toEqual(want);
    }
    const others = items.filter((i) => !seedCodes.has(i.code) && i.status === 'belowMin');
    expect(others).toEqual([]);
    const potential = items.filter((i) => i.code.startsWith('PB-'));
    expect(potential.filter((i) => i.status === 'belowMin' || i.status === 'notReported')).toEqual([]);
    const nr = items.filter((i) => i.status === 'notReported').length;
    expect(nr).toBeGreaterThanOrEqual(3);
    expect(nr).toBeLessThanOrEqual(6);
    expect(items.filter((i) => i.status === 'pending').length).toBeGreaterThanOrEqual(3);
  });

  it('FY2566 6-month: more than 65% of ENV-01 provinces at the standard target or better', () => {
    const env01 = classifyRows(file('fy2566-r06.xlsx').rows).filter((i) => i.code === 'ENV-01');
    const good = env01.filter((i) => {
      const r = readResult(i.row.result);
      return r.kind === 'value' && r.value >= i.row.targetStd!;
    });
    expect(good.length / env01.length).toBeGreaterThan(0.65);
  });

  it('FY2566 6-month: อ่างทอง has the seed notice\'s 10 items (2 components): 4 below, 3 met, 3 pending', () => {
    const mine = classifyRows(file('fy2566-r06.xlsx').rows).filter((i) => i.iso === 'TH-15');
    expect(mine).toHaveLength(10);
    expect(mine.filter((i) => i.component !== '')).toHaveLength(2);
    const by = (s: Item['status']) => mine.filter((i) => i.status === s).map((i) => `${i.code}|${i.component}`).sort();
    expect(by('notReported')).toEqual([]);
    expect(by('belowMin')).toEqual(['ECO-05|', 'ENV-02|แม่น้ำน้อย', 'SOC-01|', 'SOC-03|']);
    expect(by('metMin')).toEqual(['ECO-01|', 'ENV-01|', 'ENV-02|แม่น้ำเจ้าพระยาตอนกลาง']);
    expect(by('pending')).toEqual(['ECO-07|', 'ENV-04|', 'PB-01|']);
    const tourism = mine.find((i) => i.code === 'ECO-05')!.row;
    expect(readResult(tourism.result)).toEqual({ kind: 'value', value: 449.21 });
    expect([tourism.targetMin, tourism.targetStd, tourism.targetAdv]).toEqual([707.14, 744.34, 802.25]);
  });

  it('gives อ่างทอง FY2565 tourism results for the year-on-year comparison', () => {
    for (const name of ['fy2565-r06.xlsx', 'fy2565-r12.csv']) {
      const row = classifyRows(file(name).rows).find((i) => i.iso === 'TH-15' && i.code === 'ECO-05')!;
      expect(readResult(row.row.result).kind, name).toBe('value');
    }
  });

  it('SOC-02 (lower is better) has descending targets', () => {
    for (const r of classifyRows(file('fy2566-r06.xlsx').rows).filter((i) => i.code === 'SOC-02')) {
      expect(r.row.targetMin!).toBeGreaterThanOrEqual(r.row.targetStd!);
      expect(r.row.targetStd!).toBeGreaterThanOrEqual(r.row.targetAdv!);
    }
  });
});
