/**
 * Loads the demo dataset (data/demo/*.xlsx|csv, in name order) through the same import pipeline users
 * use, into a database that holds no results yet.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../platform/db/client';
import { results } from '../../platform/db/schema';
import { importFile } from './pipeline';

export function databaseHasResults(db: Db): boolean {
  return !!db.select({ id: results.id }).from(results).limit(1).get();
}

export async function loadDemoData(db: Db, demoDir: string): Promise<{ file: string; rows: number }[]> {
  const files = readdirSync(demoDir).filter((f) => /\.(xlsx|csv)$/i.test(f)).sort();
  const loaded: { file: string; rows: number }[] = [];
  for (const file of files) {
    const report = await importFile(db, readFileSync(join(demoDir, file)), { fileName: file, importedBy: 'demo', source: 'demo' });
    if (!report.ok) {
      const first = report.errors.slice(0, 5).map((e) => `row ${e.row} ${e.column ?? ''}: ${e.en}`).join('\n  ');
      throw new Error(`Demo file ${file} was rejected (${report.errors.length} problems):\n  ${first}`);
    }
    loaded.push({ file, rows: report.rows.total });
  }
  return loaded;
}
