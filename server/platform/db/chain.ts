/**
 * The hash chain over the append-only tables (`audit_log`, `notice_versions`), issue 9 §6: each row
 * stores the SHA-256 of its canonical content together with the previous row's hash, so an edit, a
 * deletion or an insertion made outside the app (a plain sqlite3 shell on the file) breaks the chain
 * at that row. Triggers refuse UPDATE, DELETE and REPLACE; the chain catches what a person with the
 * file can still do (drop the triggers, write the file directly).
 *
 * What a chain cannot show on its own is that the newest rows were cut off and the sequence rewound
 * too: `verifyChains` prints the head hash, which an operator can note elsewhere and compare.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { auditLog } from './schema';
import { rawOf, typedStatement, type Connection } from './statements';
import type { ChainReport, ChainVerification } from '../../../shared/contracts/audit';

/** The link columns both chained tables share (typed from audit_log's; notice_versions has the same). */
type LinkRow = Pick<typeof auditLog.$inferSelect, 'id' | 'rowHash'>;
/** A whole row by SQL column name, as the hash is defined over them. */
type StoredRow = Record<string, unknown> & { id: number; row_hash: string | null; prev_hash: string | null };
/** SQLite's own AUTOINCREMENT counters (`sqlite_sequence`), not part of our schema. */
interface SequenceRow {
  seq: number;
}
/** Migration 0003's list of rows to seal once (`chain_seal`), read before the chain code runs. */
interface SealRow {
  name: ChainedTable;
  through: number;
}

const sequenceOf = (sqlite: Database.Database, table: ChainedTable) =>
  typedStatement<SequenceRow, [string]>(sqlite, `select seq from sqlite_sequence where name = ?`).get(table)?.seq ?? 0;

/**
 * The hashed columns, in order. Written out rather than read from the schema so that adding a column
 * later does not change the hash of every row already written.
 */
export const chainColumns = {
  audit_log: ['id', 'at', 'actor_id', 'actor_username', 'action', 'entity_type', 'entity_id', 'province_iso', 'batch_id', 'before_json', 'after_json', 'ip'],
  notice_versions: ['id', 'notice_id', 'version', 'content_hash', 'model_json', 'reviewed_by', 'reviewed_at', 'issued_by', 'issued_at'],
} as const;
export type ChainedTable = keyof typeof chainColumns;
export const chainedTables = Object.keys(chainColumns) as ChainedTable[];

/** SHA-256 (hex) of `[prevHash, ...the row's hashed columns]` as JSON; a missing value counts as null. */
export function rowHash(table: ChainedTable, row: Record<string, unknown>, prevHash: string): string {
  const canonical = JSON.stringify([prevHash, ...chainColumns[table].map((c) => row[c] ?? null)]);
  return createHash('sha256').update(canonical).digest('hex');
}

interface Link {
  id: number;
  prevHash: string;
}

/** The id and previous hash of the row about to be inserted. Call inside the inserting write transaction. */
function nextLink(sqlite: Database.Database, table: ChainedTable): Link {
  const last = typedStatement<LinkRow>(sqlite, `select id, row_hash as rowHash from ${table} order by id desc limit 1`).get();
  // AUTOINCREMENT's counter, so an id once used (a cut-off last row) is never reused.
  const seq = sequenceOf(sqlite, table);
  return { id: Math.max(last?.id ?? 0, seq) + 1, prevHash: last?.rowHash ?? '' };
}

/**
 * Inserts one row into a chained table with its id and hashes, in one write transaction (a savepoint
 * when the caller is already in one), so two processes appending at once cannot fork the chain.
 *
 * @example
 * appendChained(db, auditLog, { at, actorUsername: 'system', … }, (v) => db.insert(auditLog).values(v).run());
 */
export function appendChained<V extends Record<string, unknown>>(
  connection: Connection,
  table: SQLiteTable,
  values: V,
  insert: (row: V & { id: number; prevHash: string; rowHash: string }) => void,
): number {
  const name = tableName(table);
  const sqlite = rawOf(connection);
  return sqlite
    .transaction(() => {
      const link = nextLink(sqlite, name);
      const row = { ...values, id: link.id, prevHash: link.prevHash };
      insert({ ...row, rowHash: rowHash(name, bySqlName(table, row), link.prevHash) });
      return link.id;
    })
    .immediate();
}

function tableName(table: SQLiteTable): ChainedTable {
  const name = getTableName(table);
  if (!(name in chainColumns)) throw new Error(`${name} is not a chained table`);
  return name as ChainedTable;
}

/** Drizzle's property names to the SQL column names the hash is defined over. */
function bySqlName(table: SQLiteTable, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) out[column.name] = values[key];
  return out;
}

/**
 * Seals the rows written before the chain existed (migration 0003 lists how far in `chain_seal`), once,
 * in id order. Rows that appear later without a hash are never sealed: verification names them.
 */
export function sealLegacyRows(sqlite: Database.Database): void {
  const hasSeal = sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = 'chain_seal'`).get();
  if (!hasSeal) return;
  const pending = typedStatement<SealRow>(sqlite, `select table_name as name, through_id as through from chain_seal`).all();
  if (!pending.length) return;
  sqlite
    .transaction(() => {
      for (const { name, through } of pending) {
        if (!(name in chainColumns)) continue;
        const update = sqlite.prepare(`update ${name} set prev_hash = ?, row_hash = ? where id = ?`);
        // In pages: better-sqlite3 cannot write while a statement is still iterating.
        const page = typedStatement<StoredRow, [number, number]>(sqlite, `select * from ${name} where id > ? and id <= ? order by id limit 1000`);
        let prev = '';
        for (let after = 0, rows = page.all(after, through); rows.length; rows = page.all(after, through)) {
          for (const row of rows) {
            const hash = rowHash(name, row, prev);
            update.run(prev, hash, row.id);
            prev = hash;
            after = row.id;
          }
        }
        sqlite.prepare(`delete from chain_seal where table_name = ?`).run(name);
      }
    })
    .immediate();
}

/** Walks one chain from its first row and stops at the first row that does not verify. */
export function verifyChain(sqlite: Database.Database, table: ChainedTable): ChainReport {
  let prev = '';
  let prevId = 0;
  let rows = 0;
  const stop = (id: number, reason: string, reasonTh: string): ChainReport => ({ table, rows, head: prev || null, broken: { id, reason, reasonTh } });
  for (const row of typedStatement<StoredRow>(sqlite, `select * from ${table} order by id`).iterate()) {
    rows++;
    if (row.row_hash == null) return stop(row.id, 'the row has no hash (written outside the app)', 'แถวนี้ไม่มีค่าแฮช (ถูกเขียนจากภายนอกระบบ)');
    if (row.prev_hash !== prev) {
      return stop(row.id, `the previous row's hash does not match (a row before it, after id ${prevId}, was removed, added or changed)`, `ค่าแฮชของแถวก่อนหน้าไม่ตรงกัน (มีการลบ เพิ่ม หรือแก้ไขแถวก่อนหน้าหลังรหัส ${prevId})`);
    }
    if (rowHash(table, row, prev) !== row.row_hash) return stop(row.id, 'the row was changed after it was written', 'แถวนี้ถูกแก้ไขหลังจากบันทึก');
    prev = row.row_hash;
    prevId = row.id;
  }
  const seq = sequenceOf(sqlite, table);
  if (seq > prevId) return { table, rows, head: prev || null, broken: { id: seq, reason: `rows after id ${prevId} up to ${seq} were removed`, reasonTh: `แถวหลังรหัส ${prevId} ถึง ${seq} ถูกลบ` } };
  return { table, rows, head: prev || null, broken: null };
}

/** Both chains; `ok` when neither is broken. */
export function verifyChains(connection: Connection): ChainVerification {
  const tables = chainedTables.map((t) => verifyChain(rawOf(connection), t));
  return { ok: tables.every((t) => !t.broken), tables };
}
