/**
 * Why the import writes new assignments row by row (`npx tsx bench/import-assignment-inserts.ts
 * [--defer] [--nofk] [--noauto]`): not part of `npm run bench`. It plans the bench's 100,000-row CSV (50,000 new
 * assignments) and times, CPU only, three ways of inserting those assignments, each in a transaction
 * rolled back, alternated 7 times: one prepared single-row insert per assignment; 500-row multi-row
 * `insert … values`; one `insert … select … from json_each(?)` of the whole list.
 *  - `--defer`: foreign keys checked at commit (`defer_foreign_keys`), still enforced;
 *  - `--nofk`: foreign keys off, as the import's commit writes since 2026-12-01 (platform/db/foreign-keys.ts);
 *  - `--noauto`: into a copy of the table without AUTOINCREMENT (diagnosis only; the schema keeps it so
 *    that a rolled-back batch's ids are never reused under its history rows).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir } from '../server/platform/config';
import { openDatabase } from '../server/platform/db/client';
import { loadImportContext } from '../server/modules/imports/pipeline/context';
import { planImport } from '../server/modules/imports/pipeline/plan';
import { readSpreadsheet } from '../server/modules/imports/pipeline/read';
import { validateTable } from '../server/modules/imports/pipeline/validate';
import { readReferenceData, syncReferenceData } from '../server/modules/reference/load';
import { median, syntheticRows, toCsv } from './import-bench';

const dir = mkdtempSync(join(tmpdir(), 'kpi-assignments-'));
const db = openDatabase(join(dir, 'x.sqlite'));
try {
  syncReferenceData(db, readReferenceData(dataDir));
  const read = await readSpreadsheet(toCsv(syntheticRows()));
  if (!read.ok) throw new Error(read.error.en);
  const v = validateTable(read.table, loadImportContext(db));
  if (v.errors.length) throw new Error(v.errors[0]!.en);
  const s = db.$client;
  s.prepare(`insert into import_batches (file_name, sha256, imported_by, source, created_at, rows_total, rows_new, rows_changed,
    rows_unchanged, targets_new, targets_changed) values ('bench', '', 'bench', 'cli', '', 0, 0, 0, 0, 0, 0)`).run();
  const batchId = 1;
  const plan = s.transaction(() => planImport(db, v.rows, { updateTargets: false }))();
  const fresh = plan.assignments;

  const noAuto = process.argv.includes('--noauto');
  const table = noAuto ? 'assignments_noauto' : 'assignments';
  if (noAuto) {
    s.exec(`create table assignments_noauto (id integer primary key, year integer not null, province_iso text not null,
        indicator_id integer not null, component text not null default '', target_min real not null, target_std real not null,
        target_adv real not null, batch_id integer not null);
      create unique index assignments_noauto_key on assignments_noauto (year, province_iso, indicator_id, component);
      create index assignments_noauto_indicator on assignments_noauto (indicator_id);`);
  }
  const noFk = process.argv.includes('--nofk');
  const defer = process.argv.includes('--defer');
  if (noFk) s.pragma('foreign_keys = off');

  const columns = `insert into ${table} (year, province_iso, indicator_id, component, target_min, target_std, target_adv, batch_id)`;
  const CHUNK = 500;
  const one = s.prepare(`${columns} values (?, ?, ?, ?, ?, ?, ?, ?)`);
  const chunk = s.prepare(`${columns} values ${new Array(CHUNK).fill('(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`);
  const json = s.prepare(`${columns} select j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4,
    j.value ->> 5, j.value ->> 6, ? from json_each(?) j`);
  const ways: Record<string, () => void> = {
    'row by row': () => {
      for (const a of fresh) one.run(a.year, a.iso, a.indicatorId, a.component, a.targets.min, a.targets.std, a.targets.adv, batchId);
    },
    [`${CHUNK}-row chunks`]: () => {
      const p: unknown[] = new Array(CHUNK * 8);
      for (let first = 0; first + CHUNK <= fresh.length; first += CHUNK) { // 50,000 is a multiple of 500
        for (let j = 0; j < CHUNK; j++) {
          const a = fresh[first + j]!;
          const at = j * 8;
          p[at] = a.year; p[at + 1] = a.iso; p[at + 2] = a.indicatorId; p[at + 3] = a.component;
          p[at + 4] = a.targets.min; p[at + 5] = a.targets.std; p[at + 6] = a.targets.adv; p[at + 7] = batchId;
        }
        chunk.run(...p);
      }
    },
    'json_each': () => {
      json.run(batchId, JSON.stringify(fresh.map((a) => [a.year, a.iso, a.indicatorId, a.component, a.targets.min, a.targets.std, a.targets.adv])));
    },
  };
  const cpu = new Map<string, number[]>(Object.keys(ways).map((k) => [k, []]));
  for (let run = 0; run < 7; run++) {
    for (const [name, insert] of Object.entries(ways)) {
      s.exec('begin immediate');
      if (defer) s.pragma('defer_foreign_keys = on'); // cleared by SQLite at the end of each transaction
      const c0 = process.cpuUsage();
      insert();
      const c = process.cpuUsage(c0);
      cpu.get(name)!.push((c.user + c.system) / 1000);
      const n = (s.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
      s.exec('rollback');
      if (n !== fresh.length) throw new Error(`${name}: ${n} rows written, ${fresh.length} expected`);
    }
  }
  console.log(`${fresh.length.toLocaleString('en-US')} new assignments into ${table}, foreign keys ${noFk ? 'off' : defer ? 'on, deferred' : 'on'}, CPU ms, median of 7:`);
  for (const [name, ms] of cpu) console.log(`  ${name.padEnd(16)} ${median(ms).toFixed(1)} ms (${ms.map((m) => m.toFixed(0)).join(', ')})`);
} finally {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}
