/**
 * The CLI bench's baseline (bench/import-speed-bench.ts): plain node, better-sqlite3 and nothing else,
 * inserting already-parsed rows into the same tables of the same database as `npm run import` does —
 * one batch row, the assignments, the results, in one transaction. No parsing, checking or history.
 *
 *   node bench/plain-insert.mjs <db.sqlite> <rows.json>
 * rows.json: [[roundId, year, iso, indicatorId, component, min, std, adv, kind, value, note], …]
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';

const [dbPath, rowsPath] = process.argv.slice(2);
const rows = JSON.parse(readFileSync(rowsPath, 'utf8'));
const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
const batch = db.prepare(`insert into import_batches (file_name, sha256, imported_by, source, created_at, rows_total, rows_new, rows_changed, rows_unchanged, targets_new, targets_changed) values ('plain', '', 'bench', 'cli', '', ?, ?, 0, 0, 0, 0)`);
const insA = db.prepare('insert into assignments (year, province_iso, indicator_id, component, target_min, target_std, target_adv, batch_id) values (?, ?, ?, ?, ?, ?, ?, ?)');
const insR = db.prepare('insert into results (round_id, assignment_id, kind, value, note, batch_id) values (?, ?, ?, ?, ?, ?)');
db.transaction(() => {
  const b = Number(batch.run(rows.length, rows.length).lastInsertRowid);
  const ids = new Map();
  for (const [roundId, year, iso, indicatorId, component, min, std, adv, kind, value, note] of rows) {
    const key = `${indicatorId}|${iso}|${component}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = Number(insA.run(year, iso, indicatorId, component, min, std, adv, b).lastInsertRowid)));
    insR.run(roundId, id, kind, value, note, b);
  }
})();
db.close();
console.log(`inserted ${rows.length} rows`);
