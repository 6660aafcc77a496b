/**
 * Where an import's time goes, phase by phase (`npx tsx bench/import-phases.ts [runs] [--large]`): not
 * part of `npm run bench`, it calls the pipeline's phases one by one as importFile does, and prints each
 * phase's median wall and CPU time (CPU time moves less with the shared machine's load).
 *  - default: the bench's 100,000-row CSV into an empty store, per row;
 *  - `--large`: the demo round (676 rows, .xlsx) into an empty store and into one holding the 100 k rows.
 * Each phase also shows its young-generation collections (scavenges: how many, and their ms), which
 * grow with what the phase keeps alive per row (import-row.ts).
 * For a profile: `node --cpu-prof --import tsx bench/import-phases.ts`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { dataDir } from '../server/platform/config';
import { openDatabase, type Db } from '../server/platform/db/client';
import { commitPlan } from '../server/modules/imports/pipeline/commit';
import { loadImportContext } from '../server/modules/imports/pipeline/context';
import { planImport, referencesGone } from '../server/modules/imports/pipeline/plan';
import { withoutForeignKeyChecks } from '../server/platform/db/foreign-keys';
import { openSpreadsheet } from '../server/modules/imports/pipeline/read';
import { validateRows } from '../server/modules/imports/pipeline/validate';
import { copyOf, emptyStore, largeStore, median, syntheticRows, toCsv } from './import-bench';

type Laps = Map<string, { wall: number[]; cpu: number[]; scavenges: number[]; scavengeMs: number[] }>;

// Collections are reported after the fact, with their start time: each is given to the phase it began in.
const collections: PerformanceEntry[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) collections.push(e);
}).observe({ entryTypes: ['gc'] });

/** One import, phase by phase, into the database at `path`; appends each phase's wall and CPU ms to `laps`. */
async function phased(path: string, bytes: Uint8Array, laps: Laps): Promise<void> {
  const db: Db = openDatabase(path);
  await new Promise((resolve) => setTimeout(resolve, 10)); // the previous run's collections reported
  collections.length = 0;
  const spans: { name: string; from: number; to: number }[] = [];
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  const lap = (name: string) => {
    const cpu = process.cpuUsage(c0);
    let l = laps.get(name);
    if (!l) laps.set(name, (l = { wall: [], cpu: [], scavenges: [], scavengeMs: [] }));
    const now = performance.now();
    l.wall.push(now - t0);
    l.cpu.push((cpu.user + cpu.system) / 1000);
    spans.push({ name, from: t0, to: now });
    t0 = performance.now();
    c0 = process.cpuUsage();
  };
  // Read and validated together, as importFile does (a CSV row by row as it is parsed).
  const opened = await openSpreadsheet(bytes);
  if (!opened.ok) throw new Error(opened.error.en);
  const v = validateRows(opened.sheet, loadImportContext(db));
  const late = opened.sheet.finish();
  if (late) throw new Error(late.en);
  if (v.errors.length) throw new Error(v.errors[0]!.en);
  lap('read + context + validate');
  withoutForeignKeyChecks(db, () => db.$client.transaction(() => {
    const plan = planImport(db, v.rows, { updateTargets: false });
    if (referencesGone(db, plan)) throw new Error('reference data gone');
    lap('plan (stored values)');
    const n = plan.results.length;
    commitPlan(db, plan, { fileName: 'phases', sha256: '', importedBy: 'bench', source: 'cli', createdAt: new Date().toISOString() },
      { rowsTotal: n, rowsNew: n, rowsChanged: 0, rowsUnchanged: 0, targetsNew: plan.assignments.length, targetsChanged: 0 });
    lap('commit (writes, history, audit)');
  }).immediate());
  lap('transaction end');
  db.$client.close();
  await new Promise((resolve) => setTimeout(resolve, 10));
  for (const { name, from, to } of spans) {
    const mine = collections.filter((e) => e.startTime >= from && e.startTime < to);
    const l = laps.get(name)!;
    l.scavenges.push(mine.length);
    l.scavengeMs.push(mine.reduce((sum, e) => sum + e.duration, 0));
  }
}

function print(title: string, columns: [string, Laps][], perRows?: number) {
  console.log(title);
  const names = [...columns[0]![1].keys()];
  const cell = (l: { wall: number[]; cpu: number[] } | undefined, k: 'wall' | 'cpu') => {
    const ms = median(l?.[k] ?? [0]);
    return perRows ? `${((ms * 1000) / perRows).toFixed(2)} µs/row` : `${ms.toFixed(2)} ms`;
  };
  for (const name of [...names, 'total']) {
    const cols = columns.map(([label, laps]) => {
      const l = name === 'total'
        ? { wall: sumOf(laps, 'wall'), cpu: sumOf(laps, 'cpu'), scavenges: sumOf(laps, 'scavenges'), scavengeMs: sumOf(laps, 'scavengeMs') }
        : laps.get(name);
      const young = `young GC ${String(median(l?.scavenges ?? [0])).padStart(2)} × = ${median(l?.scavengeMs ?? [0]).toFixed(0).padStart(3)} ms`;
      return `${label} wall ${cell(l, 'wall').padStart(14)} cpu ${cell(l, 'cpu').padStart(14)}  ${young}`;
    });
    console.log(`  ${name.padEnd(32)} ${cols.join('   ')}`);
  }
}

/** Per run, the sum of its phases. */
function sumOf(laps: Laps, k: 'wall' | 'cpu' | 'scavenges' | 'scavengeMs'): number[] {
  const all = [...laps.values()];
  return all[0]![k].map((_, i) => all.reduce((s, l) => s + l[k][i]!, 0));
}

const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'kpi-phases-'));
try {
  const empty = emptyStore(dir);
  const rows = syntheticRows();
  if (process.argv.includes('--large')) {
    const large = await largeStore(empty, dir);
    const bytes = readFileSync(join(dataDir, 'demo', 'fy2566-r06.xlsx'));
    const [e, l]: Laps[] = [new Map(), new Map()];
    await phased(copyOf(empty, dir, 'round.sqlite'), bytes, new Map()); // warms the JIT, counted for neither
    for (let i = 0; i < runs; i++) {
      await phased(copyOf(empty, dir, 'round.sqlite'), bytes, e!);
      await phased(copyOf(large, dir, 'round.sqlite'), bytes, l!);
    }
    print(`The demo round into an empty store vs one holding ${rows.length.toLocaleString('en-US')} rows, median of ${runs}:`, [['empty', e!], ['large', l!]]);
  } else {
    const bytes = toCsv(rows);
    const laps: Laps = new Map();
    await phased(copyOf(empty, dir, 'bulk.sqlite'), bytes, new Map());
    for (let i = 0; i < runs; i++) await phased(copyOf(empty, dir, 'bulk.sqlite'), bytes, laps);
    print(`${rows.length.toLocaleString('en-US')} rows (CSV) into an empty store, median of ${runs}:`, [['', laps]], rows.length);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
