/**
 * The outlook on the demo data: the demo files are imported into a fresh SQLite file the app's own way,
 * every stored round is read back, and the pure engine runs over it. Prints the backtest (outlook vs
 * "the 6-month status carries over") and the engine's time for a whole round.
 * `npx tsx bench/outlook-bench.ts` runs this section alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { dataDir } from '../server/bootstrap';
import { loadDemoData } from '../server/modules/imports/demo';
import { loadRoundItems } from '../server/modules/rounds/items';
import { findRound } from '../server/modules/rounds/rounds.queries';
import { backtest, defaultOutlookConfig, outlookOfRound, type BacktestYear, type Metrics, type StoredRound } from '../shared/outlook';
import { Catalog } from '../shared/reference';
import { freshDb, median } from './import-bench';

/** Every demo round as the engine's plain input; accumulates and unit come from the catalog. */
export async function demoStoredRounds(): Promise<StoredRound[]> {
  const { db, done } = freshDb();
  await loadDemoData(db, join(dataDir, 'demo'));
  const rounds: StoredRound[] = [];
  for (const year of [2565, 2566]) {
    const catalog = Catalog.parse(JSON.parse(readFileSync(join(dataDir, 'catalog', `fy${year}.json`), 'utf8')));
    const byCode = new Map(catalog.indicators.map((i) => [i.code, i]));
    for (const months of [6, 12]) {
      const round = findRound(db, year, months);
      if (!round) continue;
      const items = loadRoundItems(db, round.id, year).map((i) => {
        const ind = byCode.get(i.indicatorCode)!;
        return {
          iso: i.iso, indicatorCode: i.indicatorCode, component: i.component, group: i.group, direction: i.direction, kind: i.kind,
          accumulates: ind.accumulates, targets: i.targets,
          result: i.result.kind === 'missing' ? { kind: 'notReported' as const } : i.result,
          unit: ind.kind === 'quantity' ? { th: ind.unitTh, en: ind.unitEn } : undefined,
        };
      });
      rounds.push({ fiscalYear: year, round: months, items });
    }
  }
  done();
  return rounds;
}

export async function benchOutlook(runs = 20) {
  const rounds = await demoStoredRounds();
  const config = defaultOutlookConfig;
  const ms: number[] = [];
  let result = outlookOfRound(rounds, 2566, 6, config);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = outlookOfRound(rounds, 2566, 6, config);
    ms.push(performance.now() - t0);
  }
  const risks: Record<string, number> = {};
  for (const e of result.entries) risks[e.risk] = (risks[e.risk] ?? 0) + 1;
  const methodsUsed: Record<string, number> = {};
  for (const e of result.entries) if (e.projection) methodsUsed[e.projection.method] = (methodsUsed[e.projection.method] ?? 0) + 1;
  return { items: result.entries.length, ms, risks, methodsUsed, bandYears: result.bands.years, backtest: backtest(rounds, config) };
}

const pct = (x: number | null) => (x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const line = (label: string, m: Metrics) =>
  `    ${label.padEnd(22)} items ${String(m.items).padStart(4)}  missed ${String(m.missed).padStart(4)}  said "will miss" ${String(m.predictedMiss).padStart(4)}  precision ${pct(m.precision)}  recall ${pct(m.recall)}  accuracy ${pct(m.accuracy)}`;

export function printBacktest(years: BacktestYear[]): void {
  for (const y of years) {
    console.log(`  FY${y.fiscalYear}, predicted from the ${y.round}-month round (${y.unscored} items without a year-end number left out):`);
    for (const method of ['outlook', 'naive'] as const) {
      console.log(`   ${method === 'outlook' ? 'outlook (likely-miss)' : 'naive (6-month status carries over)'}`);
      console.log(line('overall', y[method].overall));
      for (const [g, m] of Object.entries(y[method].byGroup)) console.log(line(g, m!));
    }
  }
}

export async function printOutlookSection(): Promise<void> {
  const r = await benchOutlook();
  console.log(`Outlook engine, whole FY2566 6-month round (${r.items} items, bands measured on FY${r.bandYears.join(', ')}; median of ${r.ms.length}):`);
  console.log(`  ${median(r.ms).toFixed(2)} ms per round; runs min ${Math.min(...r.ms).toFixed(2)} / max ${Math.max(...r.ms).toFixed(2)} ms`);
  console.log(`  risk: ${Object.entries(r.risks).map(([k, v]) => `${k} ${v}`).join(', ')}; methods: ${Object.entries(r.methodsUsed).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log('Backtest on the demo data:');
  printBacktest(r.backtest);
  console.log('');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await printOutlookSection();
