/**
 * Generate the demo dataset in data/demo/ (npm run demo:generate). Deterministic: seeded PRNGs, no
 * clock, fixed timestamps inside the xlsx files, so two runs give byte-identical files. The FY2566
 * 6-month round reproduces the seed's national table and its notice example (อ่างทอง); the generator
 * checks that on its own output and stops if it does not hold.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoReadme } from './demo/readme';
import { buildDemoRows, loadDemoReference } from './demo/rows';
import { verifyDemo } from './demo/verify';
import { fileBytes } from './demo/write';

async function main(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outDir = join(root, 'data', 'demo');
  const ref = loadDemoReference(root);
  const files = buildDemoRows(ref);
  const summary = verifyDemo(files, ref);

  mkdirSync(outDir, { recursive: true });
  for (const file of files) writeFileSync(join(outDir, file.name), await fileBytes(file));
  writeFileSync(join(outDir, 'README.md'), demoReadme(summary, ref.provinces.provinces));

  console.log('Demo files written to data/demo/:');
  for (const f of summary.files) {
    const c = summary.statusCounts[f.name]!;
    console.log(`  ${f.name.padEnd(16)} ${String(f.rows).padStart(5)} rows  (below min ${c.belowMin}, met ${c.metMin}, pending ${c.pending}, not reported ${c.notReported})`);
  }
  console.log('FY2566 6-month round, below minimum per indicator (matches the seed\'s national table):');
  for (const b of summary.belowMin2566r6) {
    console.log(`  ${b.code.padEnd(7)} ${String(b.provinces).padStart(3)} provinces${b.items !== b.provinces ? ` / ${b.items} components` : ''}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
