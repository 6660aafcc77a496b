/**
 * Check every demo file: all rows readable, every assignment present once, 12-month targets found in
 * the 6-month file, and the FY2566 6-month round as the seed states it. Returns a summary for printing.
 */
import type { Targets } from '../../shared/classification/types';
import { componentsOf } from './components';
import { checkSeedRound, readFile, type ReadRow } from './check';
import type { DemoFile, DemoReference } from './rows';

export interface DemoSummary {
  files: { name: string; rows: number }[];
  /** FY2566 r6: items below minimum per indicator code (provinces, components). */
  belowMin2566r6: { code: string; provinces: number; items: number }[];
  statusCounts: Record<string, Record<ReadRow['status'], number>>;
}

export function verifyDemo(files: DemoFile[], ref: DemoReference): DemoSummary {
  const problems: string[] = [];
  const stored = new Map<string, Targets>();
  const summary: DemoSummary = { files: [], belowMin2566r6: [], statusCounts: {} };
  for (const file of files) {
    const rows = readFile(file, ref, stored, problems);
    const catalog = ref.catalogs[file.fiscalYear];
    const expected = catalog.indicators.reduce(
      (n, ind) => n + ind.provinces.reduce((m, iso) => m + componentsOf(ind.code, iso.slice(3)).length, 0), 0);
    if (rows.length !== expected) problems.push(`${file.name}: ${rows.length} rows read, ${expected} assignments expected`);
    const counts = { notReported: 0, pending: 0, belowMin: 0, metMin: 0 };
    for (const r of rows) counts[r.status]++;
    summary.statusCounts[file.name] = counts;
    summary.files.push({ name: file.name, rows: file.rows.length });
    if (file.fiscalYear === 2566 && file.round === 6) {
      checkSeedRound(rows, ref, problems);
      for (const ind of catalog.indicators) {
        const below = rows.filter((r) => r.code === ind.code && r.status === 'belowMin');
        if (below.length) summary.belowMin2566r6.push({ code: ind.code, provinces: new Set(below.map((r) => r.iso)).size, items: below.length });
      }
    }
  }
  if (problems.length) throw new Error(`Demo data check failed:\n  ${problems.slice(0, 30).join('\n  ')}`);
  return summary;
}
