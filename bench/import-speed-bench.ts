/**
 * Import speed against floors measured in the same run, interleaved (A B A B…, medians), issue 10:
 *  1. `npm run import` of the demo round (676 rows, .xlsx) — the built CLI's wall clock, process start
 *     to exit — against plain node inserting the same rows into a copy of the same database. Goal ≤ 3×.
 *  2. The import pipeline per row against sqlite3's own `.import` of the same 100,000-row CSV into an
 *     equivalent table: the CSV's columns with the unique key the product keeps (WAL, synchronous=NORMAL
 *     as the app's connection). Goal ≤ 2×. The no-index `.import` is printed beside it.
 *  3. One round into a large existing database (100,000 stored rows) against the same round into an
 *     empty one. Goal: no dearer (ratio ≤ 1, within noise).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dataDir, projectRoot } from '../server/platform/config';
import { openDatabase, type Db } from '../server/platform/db/client';
import { importFile } from '../server/modules/imports/pipeline';
import { loadImportContext } from '../server/modules/imports/pipeline/context';
import { readSpreadsheet } from '../server/modules/imports/pipeline/read';
import { rollbackBatch } from '../server/modules/imports/pipeline/rollback';
import { validateTable } from '../server/modules/imports/pipeline/validate';
import { ensureBuilt } from '../scripts/build.mjs';
import { copyOf, emptyStore, largeStore, median, medianOfPairs, syntheticRows, toCsv } from './import-bench';

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const DEMO = join(dataDir, 'demo', 'fy2566-r06.xlsx');

function timed(cmd: string, args: string[], env: Record<string, string> = {}, input?: string): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: projectRoot, env: { ...process.env, ...env }, input, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return ms;
}

/** The demo round's rows as the plain baseline inserts them: parsed and resolved ahead of time. */
async function demoRowsJson(store: string, out: string): Promise<number> {
  const db = openDatabase(store);
  try {
    const read = await readSpreadsheet(readFileSync(DEMO));
    if (!read.ok) throw new Error(read.error.en);
    const { rows, errors } = validateTable(read.table, loadImportContext(db));
    if (errors.length) throw new Error(errors[0]!.en);
    const plain = rows.map((r) => [r.roundId, r.ref.year, r.ref.iso, r.ref.indicator.id, r.ref.component, r.targets?.min, r.targets?.std, r.targets?.adv,
      r.kind, r.value, r.note]);
    writeFileSync(out, JSON.stringify(plain));
    return rows.length;
  } finally {
    db.$client.close();
  }
}

export async function benchCli(dir: string, store: string, pairs = 5) {
  await ensureBuilt(['server'], { log: () => {} }); // the build is not what is measured
  const rowsPath = join(dir, 'demo-rows.json');
  const rows = await demoRowsJson(store, rowsPath);
  const cliMs: number[] = [];
  const plainMs: number[] = [];
  for (let i = 0; i < pairs + 1; i++) {
    const a = timed(process.execPath, ['scripts/cli.mjs', 'import', DEMO], { KPI_DB: copyOf(store, dir, 'cli.sqlite'), KPI_LOG_LEVEL: 'silent' });
    const b = timed(process.execPath, ['bench/plain-insert.mjs', copyOf(store, dir, 'plain.sqlite'), rowsPath]);
    if (i === 0) continue; // the first pair warms the disk cache for both
    cliMs.push(a);
    plainMs.push(b);
  }
  return { rows, cliMs, plainMs, ratio: medianOfPairs(cliMs, plainMs) };
}

/**
 * sqlite3's `.import` of the CSV in the sqlite3 shell, process wall clock, into a table of the CSV's
 * columns: `keyed` gives it the unique key the product's results table keeps (year, round, province,
 * indicator, component: one row per key, as `results_key` + `assignments_key` enforce), the budget's
 * baseline; without it the table has no index at all, printed beside it for comparison. The product
 * does more than either: it writes an assignment per key and a result per row (two tables, three
 * indexes, foreign keys checked), and a history row for each value it replaces.
 */
function sqliteImport(csvPath: string, dbPath: string, keyed: boolean): number {
  const notNull = keyed ? ' NOT NULL' : '';
  const script = [
    'PRAGMA journal_mode=WAL;',
    'PRAGMA synchronous=NORMAL;',
    `CREATE TABLE rows (fiscal_year INTEGER${notNull}, round INTEGER${notNull}, province TEXT${notNull}, indicator TEXT${notNull}, component TEXT${notNull}, target_min REAL, target_std REAL, target_adv REAL, result REAL, note TEXT);`,
    keyed ? 'CREATE UNIQUE INDEX rows_key ON rows (fiscal_year, round, province, indicator, component);' : '',
    `.import --csv --skip 1 ${csvPath} rows`,
    'SELECT count(*) FROM rows;',
  ].join('\n');
  return timed('/usr/bin/sqlite3', [dbPath], {}, script);
}

export async function benchPerRow(dir: string, store: string, pairs = 5) {
  const rows = syntheticRows();
  const bytes = toCsv(rows);
  const csvPath = join(dir, 'synthetic-100k.csv');
  writeFileSync(csvPath, bytes);
  const importMs: number[] = [];
  const keyedMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < pairs; i++) {
    for (const [keyed, into] of [[true, keyedMs], [false, bareMs]] as const) {
      const target = join(dir, `sqlite3-${i}.sqlite`);
      into.push(sqliteImport(csvPath, target, keyed));
      for (const ext of ['', '-wal', '-shm']) rmSync(target + ext, { force: true });
    }
    const db = openDatabase(copyOf(store, dir, 'bulk.sqlite'));
    const t0 = performance.now();
    const report = await importFile(db, bytes, { fileName: 'synthetic-100k.csv', importedBy: 'bench', source: 'cli' });
    importMs.push(performance.now() - t0);
    db.$client.close();
    if (!report.ok || report.rows.new !== rows.length) throw new Error(`synthetic import failed: ${report.errors[0]?.en ?? JSON.stringify(report.rows)}`);
  }
  const us = (ms: number[]) => (median(ms) * 1000) / rows.length;
  return {
    rows: rows.length, importMs, keyedMs, bareMs, importUs: us(importMs), keyedUs: us(keyedMs), bareUs: us(bareMs),
    // The median of the pairs' ratios (each import beside the sqlite3 runs of the same minute), not of the medians.
    ratio: medianOfPairs(importMs, keyedMs), bareRatio: medianOfPairs(importMs, bareMs),
  };
}

/**
 * The demo round into a database already holding the 100 k synthetic rows, against an empty one,
 * interleaved, measured two ways:
 *  - `kept` (the budget's figure): one connection per store for the whole bench, as the server keeps
 *    one open for its life, with its page cache. After each timed import the batch is rolled back through
 *    the product's own rollback and the WAL checkpointed (neither timed), so each run imports the same
 *    round into the same store. The rollback's scans of the large store pass through that cache too, as
 *    a server's other reads would.
 *  - `fresh` (printed beside it): a new copy of the store and a new connection per run, as the CLI runs
 *    (`npm run import` opens the file, imports and exits): every page the round touches is read anew.
 *    Until 2026-12-01 this was the only figure, though the server never imports on a fresh connection.
 */
export async function benchLargeStore(dir: string, store: string, pairs = 5) {
  const large = await largeStore(store, dir, 'large-base.sqlite');
  const bytes = readFileSync(DEMO);
  const importInto = async (db: Db) => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const report = await importFile(db, bytes, { fileName: 'fy2566-r06.xlsx', importedBy: 'bench', source: 'cli' });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    if (!report.ok || report.batchId === null) throw new Error(report.errors[0]?.en ?? 'the demo round wrote nothing');
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, batchId: report.batchId };
  };
  const fresh = async (base: string) => {
    const db = openDatabase(copyOf(base, dir, 'round.sqlite'));
    try {
      return await importInto(db);
    } finally {
      db.$client.close();
    }
  };
  const kept = (base: string, name: string) => {
    const db = openDatabase(copyOf(base, dir, name));
    return {
      db,
      async run() {
        const { ms, cpuMs, batchId } = await importInto(db);
        const undone = rollbackBatch(db, batchId, { id: null, username: 'bench' });
        if (!undone.ok) throw new Error(undone.en);
        db.$client.pragma('wal_checkpoint(TRUNCATE)');
        return { ms, cpuMs };
      },
    };
  };
  const keptEmpty = kept(store, 'kept-empty.sqlite');
  const keptLarge = kept(large, 'kept-large.sqlite');
  // Wall and CPU time (process.cpuUsage: it moves less with the shared machine's load) of each run.
  const ms = {
    emptyMs: [] as number[], largeMs: [] as number[], freshEmptyMs: [] as number[], freshLargeMs: [] as number[],
    emptyCpuMs: [] as number[], largeCpuMs: [] as number[], freshEmptyCpuMs: [] as number[], freshLargeCpuMs: [] as number[],
  };
  const push = (wall: number[], cpu: number[], t: { ms: number; cpuMs: number }) => (wall.push(t.ms), cpu.push(t.cpuMs));
  try {
    // Loads exceljs, warms the JIT and each kept connection: counted for neither. Twice each: the first
    // timed pair after a single warm-up run was often the slowest of all (a 40 ms large run among 20–25 ms ones).
    for (let i = 0; i < 2; i++) {
      await fresh(store);
      await keptEmpty.run();
      await keptLarge.run();
    }
    // Each pair in alternating order (empty first, then large first: A B B A…), so that neither side
    // always runs second, after the other's garbage and with the machine's drift in its favour.
    for (let i = 0; i < pairs; i++) {
      const keptRuns = [() => keptEmpty.run().then((t) => push(ms.emptyMs, ms.emptyCpuMs, t)), () => keptLarge.run().then((t) => push(ms.largeMs, ms.largeCpuMs, t))];
      const freshRuns = [() => fresh(store).then((t) => push(ms.freshEmptyMs, ms.freshEmptyCpuMs, t)), () => fresh(large).then((t) => push(ms.freshLargeMs, ms.freshLargeCpuMs, t))];
      if (i % 2 === 1) (keptRuns.reverse(), freshRuns.reverse());
      for (const run of keptRuns) await run();
      for (const run of freshRuns) await run();
    }
  } finally {
    keptEmpty.db.$client.close();
    keptLarge.db.$client.close();
  }
  return {
    ...ms, ratio: medianOfPairs(ms.largeMs, ms.emptyMs), cpuRatio: medianOfPairs(ms.largeCpuMs, ms.emptyCpuMs),
    freshRatio: medianOfPairs(ms.freshLargeMs, ms.freshEmptyMs), freshCpuRatio: medianOfPairs(ms.freshLargeCpuMs, ms.freshEmptyCpuMs),
  };
}

/** Prints the section; returns false when a goal is missed. */
export async function printImportSpeedSection(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-import-speed-'));
  try {
    const store = emptyStore(dir);
    const cli = await benchCli(dir, store);
    const cliOk = cli.ratio <= 3;
    console.log(`CLI: npm run import of the demo round (${cli.rows} rows, .xlsx), process start to exit, vs plain node inserting the same rows (better-sqlite3, same database), interleaved, median of ${cli.cliMs.length} pairs:`);
    console.log(`  CLI ${fmt(median(cli.cliMs))} ms; plain node ${fmt(median(cli.plainMs))} ms; ratio ${fmt(cli.ratio, 2)}  goal ≤ 3: ${cliOk ? 'PASS' : 'FAIL'}`);
    console.log(`  runs: CLI ${cli.cliMs.map((m) => fmt(m)).join(', ')} ms; plain ${cli.plainMs.map((m) => fmt(m)).join(', ')} ms\n`);

    const row = await benchPerRow(dir, store);
    const rowOk = row.ratio <= 2;
    console.log(`Per row: the import pipeline (read, validate, plan, write, history, audit) vs sqlite3 .import of the same ${fmt(row.rows)}-row CSV into a table with the same unique key (year, round, province, indicator, component), interleaved, ${row.importMs.length} pairs (the first import is the process's first: cold):`);
    console.log(`  import ${fmt(row.importUs, 1)} µs/row; sqlite3 .import, keyed ${fmt(row.keyedUs, 1)} µs/row (medians); ratio, median of the pairs' ratios, ${fmt(row.ratio, 2)} (pairs ${row.importMs.map((m, i) => fmt(m / row.keyedMs[i]!, 2)).join(', ')})  goal ≤ 2: ${rowOk ? 'PASS' : 'FAIL'}`);
    console.log(`  for comparison, .import into a table with no index: ${fmt(row.bareUs, 1)} µs/row, ratio ${fmt(row.bareRatio, 2)} (the product keeps its unique keys, writes two tables and checks foreign keys)`);
    console.log(`  runs: import ${row.importMs.map((m) => fmt(m)).join(', ')} ms; sqlite3 keyed ${row.keyedMs.map((m) => fmt(m)).join(', ')} ms; no index ${row.bareMs.map((m) => fmt(m)).join(', ')} ms\n`);

    // 21 pairs of 17–30 ms runs: with 7, single pairs spread 0.87–1.81 and the median of the pairs moved
    // 0.96–1.25 between back-to-back runs of the same code; with 15 in a fixed order, 0.92–1.25 (2026-12-01).
    const large = await benchLargeStore(dir, store, 21);
    const largeOk = large.ratio <= 1.2; // "no dearer", with a noise margin on a shared machine
    console.log(`One round (demo .xlsx) into a database holding 100,000 rows vs into an empty one, one connection per store kept open as the server keeps it (rolled back between runs, not timed), interleaved, ${large.emptyMs.length} pairs, ratios the median of the pairs':`);
    console.log(`  empty ${fmt(median(large.emptyMs), 1)} ms; large ${fmt(median(large.largeMs), 1)} ms; ratio ${fmt(large.ratio, 2)}  goal ≤ 1 (1.2 with noise): ${largeOk ? 'PASS' : 'FAIL'}`);
    console.log(`  CPU time: empty ${fmt(median(large.emptyCpuMs), 1)} ms; large ${fmt(median(large.largeCpuMs), 1)} ms; ratio ${fmt(large.cpuRatio, 2)}`);
    console.log(`  runs: empty ${large.emptyMs.map((m) => fmt(m, 1)).join(', ')} ms; large ${large.largeMs.map((m) => fmt(m, 1)).join(', ')} ms`);
    console.log(`  for comparison, a fresh copy and connection per run (as the CLI opens the file): empty ${fmt(median(large.freshEmptyMs), 1)} ms; large ${fmt(median(large.freshLargeMs), 1)} ms; ratio ${fmt(large.freshRatio, 2)} (CPU ${fmt(large.freshCpuRatio, 2)})`);
    console.log(`  runs: empty ${large.freshEmptyMs.map((m) => fmt(m, 1)).join(', ')} ms; large ${large.freshLargeMs.map((m) => fmt(m, 1)).join(', ')} ms\n`);
    return cliOk && rowOk && largeOk;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('import-speed-bench.ts')) {
  printImportSpeedSection().then((ok) => process.exit(ok ? 0 : 1));
}
