import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../server/platform/db/client';
import { importFile } from '../server/modules/imports/pipeline';
import { copyOf, emptyStore, median, syntheticRows, toCsv } from './import-bench';
const dir = mkdtempSync(join(tmpdir(), 'exp-'));
const empty = emptyStore(dir);
const bytes = toCsv(syntheticRows());
const ms: number[] = []; const cpu: number[] = [];
for (let i = 0; i < 6; i++) {
  const db = openDatabase(copyOf(empty, dir, 'x.sqlite'));
  const c0 = process.cpuUsage(); const t0 = performance.now();
  const r = await importFile(db, bytes, { fileName: 'x.csv', importedBy: 'b', source: 'cli' });
  const t = performance.now() - t0; const c = process.cpuUsage(c0);
  if (!r.ok) throw new Error('x');
  db.$client.close();
  if (i > 0) { ms.push(t / 100); cpu.push((c.user + c.system) / 100000); }
}
console.log(process.execArgv.filter((a) => a.startsWith('--max')).join(' ') || 'default', 'wall', median(ms).toFixed(2), 'cpu', median(cpu).toFixed(2), 'µs/row');
rmSync(dir, { recursive: true, force: true });
