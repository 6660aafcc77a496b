/** A real SQLite file in a temp folder, migrated and loaded with the reference data. No mocks. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir } from '../../server/bootstrap';
import { openDatabase, type Db } from '../../server/platform/db/client';
import { readReferenceData, syncReferenceData } from '../../server/modules/reference/load';

export interface TestDb {
  db: Db;
  dir: string;
  path: string;
  close(): void;
}

export function createTestDb(): TestDb {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-test-'));
  const path = join(dir, 'kpi.sqlite');
  const db = openDatabase(path);
  syncReferenceData(db, readReferenceData(dataDir));
  return {
    db,
    dir,
    path,
    close() {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Row counts of every table that an import writes, to prove a rejected import changed nothing. */
export function tableCounts(db: Db): Record<string, number> {
  const tables = ['import_batches', 'assignments', 'assignment_history', 'results', 'result_history'];
  return Object.fromEntries(tables.map((t) => [t, (db.$client.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]));
}

export const csv = (rows: (string | number)[][]) =>
  new TextEncoder().encode(rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : c)).join(',')).join('\n'));

export const header = ['ปีงบประมาณ', 'รอบ', 'จังหวัด', 'ตัวชี้วัด', 'องค์ประกอบ', 'ค่าเป้าหมายขั้นต้น', 'ค่าเป้าหมายมาตรฐาน', 'ค่าเป้าหมายขั้นสูง', 'ผลการดำเนินงาน', 'หมายเหตุ'];
