/**
 * Import benchmarks: one demo round from .xlsx, and a synthetic 100,000-row CSV compared with a plain
 * better-sqlite3 transaction inserting the same rows into the same tables, measured in the same run.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dataDir } from '../server/bootstrap';
import { openDatabase, type Db } from '../server/platform/db/client';
import { importFile } from '../server/modules/imports/pipeline';
import { readReferenceData, syncReferenceData, type ReferenceData } from '../server/modules/reference/load';

const ref: ReferenceData = readReferenceData(dataDir);

export function freshDb(): { db: Db; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-bench-'));
  const db = openDatabase(join(dir, 'kpi.sqlite'));
  syncReferenceData(db, ref);
  return { db, done: () => (db.$client.close(), rmSync(dir, { recursive: true, force: true })) };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The median over runs i of a[i] / b[i]: each run against its own baseline run, interleaved. */
export const medianOfPairs = (a: number[], b: number[]) => median(a.map((x, i) => x / b[i]!));

/** `dir`/empty.sqlite: a migrated database holding the reference data and nothing else, closed (so it can be copied). */
export function emptyStore(dir: string): string {
  const path = join(dir, 'empty.sqlite');
  const db = openDatabase(path);
  syncReferenceData(db, readReferenceData(dataDir));
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  return path;
}

/** A fresh copy of the closed database `base` at `dir`/`name` (any earlier copy and its WAL removed first). */
export function copyOf(base: string, dir: string, name: string): string {
  const path = join(dir, name);
  for (const ext of ['', '-wal', '-shm']) rmSync(path + ext, { force: true });
  copyFileSync(base, path);
  return path;
}

/**
 * `dir`/`name`: a copy of the closed store `empty` holding the bench's 100,000 synthetic rows as well,
 * imported by the product and checkpointed, closed again: the "large store" the import benches compare
 * one round against.
 */
export async function largeStore(empty: string, dir: string, name = 'large.sqlite'): Promise<string> {
  const path = copyOf(empty, dir, name);
  const db = openDatabase(path);
  try {
    const report = await importFile(db, toCsv(syntheticRows()), { fileName: 'synthetic-100k.csv', importedBy: 'bench', source: 'cli' });
    if (!report.ok) throw new Error(report.errors[0]?.en);
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.$client.close();
  }
  return path;
}

/** Imports the FY2566 6-month demo round (.xlsx) into a fresh database, `runs` times. */
export async function benchDemoRound(runs = 5): Promise<{ file: string; rows: number; coldMs: number; ms: number[] }> {
  const file = 'fy2566-r06.xlsx';
  const bytes = readFileSync(join(dataDir, 'demo', file));
  const ms: number[] = [];
  let rows = 0;
  let coldMs = 0;
  for (let i = 0; i < runs + 1; i++) {
    const { db, done } = freshDb();
    const t0 = performance.now();
    const report = await importFile(db, bytes, { fileName: file, importedBy: 'bench', source: 'cli' });
    const t = performance.now() - t0;
    done();
    if (!report.ok) throw new Error(`demo round rejected: ${report.errors[0]?.en}`);
    rows = report.rows.total;
    if (i > 0) ms.push(t);
    else coldMs = t; // the first run also warms the JIT (and loads the .xlsx reader): what a user's first import costs
  }
  return { file, rows, coldMs, ms };
}

interface SyntheticRow {
  year: number;
  round: number;
  iso: string;
  code: string;
  component: string;
  targets: [number, number, number];
  value: number;
}

/** 100,000 rows: every component-type indicator × assigned province × synthetic components × both rounds and years. */
export function syntheticRows(count = 100_000): SyntheticRow[] {
  const slots: { year: number; code: string; iso: string; level: boolean }[] = [];
  for (const c of ref.catalogs) {
    for (const ind of c.indicators) if (ind.hasComponents) for (const iso of ind.provinces) slots.push({ year: c.fiscalYear, code: ind.code, iso, level: ind.kind === 'level' });
  }
  const perSlot = Math.ceil(count / (slots.length * 2));
  const rows: SyntheticRow[] = [];
  for (let k = 0; k < perSlot && rows.length < count; k++) {
    for (const s of slots) {
      for (const round of [6, 12]) {
        if (rows.length >= count) break;
        // Values valid for the unit (the import refuses a level outside 0–5, a WQI score outside 0–100).
        if (s.level) {
          rows.push({ year: s.year, round, iso: s.iso, code: s.code, component: `จุดตรวจวัดที่ ${k + 1}`, targets: [3, 4, 5], value: (k * 13 + round) % 6 });
          continue;
        }
        const min = 50 + (k % 7);
        rows.push({ year: s.year, round, iso: s.iso, code: s.code, component: `จุดตรวจวัดที่ ${k + 1}`, targets: [min, min + 5, min + 10], value: 40 + ((k * 13 + round) % 30) });
      }
    }
  }
  return rows;
}

export function toCsv(rows: SyntheticRow[]): Uint8Array {
  const lines = ['fiscal_year,round,province,indicator,component,target_min,target_std,target_adv,result,note'];
  for (const r of rows) lines.push(`${r.year},${r.round},${r.iso},${r.code},${r.component},${r.targets.join(',')},${r.value},`);
  return new TextEncoder().encode(lines.join('\n'));
}

/** The baseline: one better-sqlite3 transaction with prepared statements, values already parsed. */
export function plainInsert(db: Db, rows: SyntheticRow[]): number {
  const s = db.$client;
  const indicatorId = new Map((s.prepare('select id, year, code from indicators').all() as { id: number; year: number; code: string }[]).map((i) => [`${i.year}|${i.code}`, i.id]));
  const roundId = new Map((s.prepare('select id, year, months from rounds').all() as { id: number; year: number; months: number }[]).map((r) => [`${r.year}|${r.months}`, r.id]));
  const batch = s.prepare(`insert into import_batches (file_name, sha256, imported_by, source, created_at, rows_total, rows_new, rows_changed, rows_unchanged, targets_new, targets_changed) values ('plain', '', 'bench', 'cli', '', 0, 0, 0, 0, 0, 0)`);
  const insA = s.prepare('insert into assignments (year, province_iso, indicator_id, component, target_min, target_std, target_adv, batch_id) values (?, ?, ?, ?, ?, ?, ?, ?)');
  const insR = s.prepare('insert into results (round_id, assignment_id, kind, value, note, batch_id) values (?, ?, ?, ?, ?, ?)');
  const t0 = performance.now();
  s.transaction(() => {
    const b = Number(batch.run().lastInsertRowid);
    const assignment = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.year}|${r.iso}|${r.code}|${r.component}`;
      let id = assignment.get(key);
      if (id === undefined) {
        id = Number(insA.run(r.year, r.iso, indicatorId.get(`${r.year}|${r.code}`)!, r.component, ...r.targets, b).lastInsertRowid);
        assignment.set(key, id);
      }
      insR.run(roundId.get(`${r.year}|${r.round}`)!, id, 'value', r.value, null, b);
    }
  })();
  return performance.now() - t0;
}

export async function benchBulk(runs = 3): Promise<{ rows: number; importMs: number[]; plainMs: number[] }> {
  const rows = syntheticRows();
  const bytes = toCsv(rows);
  const importMs: number[] = [];
  const plainMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate so that neither side always runs on a warmer machine.
    {
      const { db, done } = freshDb();
      plainMs.push(plainInsert(db, rows));
      done();
    }
    {
      const { db, done } = freshDb();
      const t0 = performance.now();
      const report = await importFile(db, bytes, { fileName: 'synthetic-100k.csv', importedBy: 'bench', source: 'cli' });
      importMs.push(performance.now() - t0);
      done();
      if (!report.ok || report.rows.new !== rows.length) throw new Error(`synthetic import failed: ${report.errors[0]?.en ?? JSON.stringify(report.rows)}`);
    }
  }
  return { rows: rows.length, importMs, plainMs };
}
