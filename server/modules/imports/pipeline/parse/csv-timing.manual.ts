/**
 * Manual timing check for parseCsv, not a test (timings are too machine-dependent to assert).
 * Run: npx tsx server/domain/import/parse/csv-timing.manual.ts
 */
import { parseCsv } from './csv';

const cells = ['2566', '6', 'ตราด', 'ECO-01', '"แหล่งน้ำ ""A"", ห้วย"', '100', '200', '300', '449.21', 'หมายเหตุ'];
const row = cells.join(',');
const text = `${Array.from({ length: 100_000 }, () => row).join('\r\n')}\r\n`;

for (let run = 1; run <= 5; run++) {
  const t0 = performance.now();
  const r = parseCsv(text);
  const ms = performance.now() - t0;
  console.log(`run ${run}: ${ms.toFixed(1)} ms, ${r.ok ? r.rows.length : 'error'} rows, ${(text.length / 1e6).toFixed(1)}M chars`);
}
