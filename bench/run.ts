/**
 * `npm run bench`: prints the figures the issues' budgets are checked against. Timings vary on a
 * shared machine, so each figure is a median of several runs and the baseline is measured in the same run.
 */
import os from 'node:os';
import { benchClassifyRound } from './classify-bench';
import { printClientSection } from './client-bench';
import { benchBulk, benchDemoRound, median } from './import-bench';
import { printImportLoadSection } from './import-load-bench';
import { printImportSpeedSection } from './import-speed-bench';
import { benchLinear } from './linear-bench';
import { benchLoad } from './load-bench';
import { benchNotices, firstPdfLines } from './notice-bench';
import { printOutlookSection } from './outlook-bench';
import { benchStart } from './start-bench';
import { printOutlookApiSection } from './outlook-api-bench';

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

async function main() {
  console.log(`KPI bench — node ${process.version}, ${new Date().toISOString()}`);
  // Absolute figures move with the machine's load: print it, and read the ratios.
  console.log(`  machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min)\n`);
  let failed = false;

  const demo = await benchDemoRound();
  const demoMs = median(demo.ms);
  const demoOk = demoMs < 500 && demo.coldMs < 500;
  failed ||= !demoOk;
  console.log(`Demo round import (${demo.file}, ${demo.rows} rows, fresh database each run, median of ${demo.ms.length}):`);
  console.log(`  ${fmt(demoMs, 1)} ms  (${fmt((demo.rows / demoMs) * 1000)} rows/s)  budget < 500 ms: ${verdict(demoOk)}`);
  console.log(`  first (cold) run: ${fmt(demo.coldMs, 1)} ms; warm runs: ${demo.ms.map((m) => fmt(m, 1)).join(', ')} ms\n`);

  const bulk = await benchBulk();
  const importMs = median(bulk.importMs);
  const plainMs = median(bulk.plainMs);
  const importRate = (bulk.rows / importMs) * 1000;
  const plainRate = (bulk.rows / plainMs) * 1000;
  const ratio = importRate / plainRate;
  const bulkOk = ratio >= 1 / 3;
  failed ||= !bulkOk;
  console.log(`Synthetic ${fmt(bulk.rows)}-row CSV (median of ${bulk.importMs.length}):`);
  console.log(`  import pipeline (read, parse, validate, plan, commit): ${fmt(importMs)} ms = ${fmt(importRate)} rows/s`);
  console.log(`  plain better-sqlite3 transaction, same rows:           ${fmt(plainMs)} ms = ${fmt(plainRate)} rows/s`);
  console.log(`  ratio import/plain: ${fmt(ratio, 2)}  budget ≥ 0.33: ${verdict(bulkOk)}`);
  console.log(`  runs: import ${bulk.importMs.map((m) => fmt(m)).join(', ')} ms; plain ${bulk.plainMs.map((m) => fmt(m)).join(', ')} ms\n`);

  failed = !(await printImportSpeedSection()) || failed;
  failed = !(await printImportLoadSection()) || failed;

  const cls = await benchClassifyRound();
  const clsMs = median(cls.ms);
  console.log(`Classify a whole round (FY2566 6-month, ${cls.items} items: load, classify, summarise; median of ${cls.ms.length}):`);
  console.log(`  ${fmt(clsMs, 2)} ms  (${fmt((cls.items / clsMs) * 1000)} items/s)\n`);

  await printOutlookSection();
  failed = !(await printOutlookApiSection()) || failed; // not ||=: that would skip the section once anything failed

  const linear = await benchLinear();
  const perItem = linear.map((p) => (p.provinceMs * 1000) / p.provinceItems);
  const growth = perItem[perItem.length - 1]! / perItem[0]!;
  const linearOk = growth <= 2;
  failed ||= !linearOk;
  console.log('One indicator (ECO-05) with growing components in one province (TH-15), cold views, median of 3:');
  for (const [i, p] of linear.entries()) {
    console.log(`  ${fmt(p.components).padStart(6)} components: province view ${fmt(p.provinceMs, 1)} ms (${fmt(perItem[i]!, 1)} µs/item), indicator view ${fmt(p.indicatorMs, 1)} ms`);
  }
  console.log(`  time per item, largest / smallest: ${fmt(growth, 2)}  budget ≤ 2: ${verdict(linearOk)}\n`);

  failed = !(await printClientSection()) || failed;

  const notices = await benchNotices();
  const oneMs = median(notices.oneMs);
  const bareMs = median(notices.bareMs);
  const oneOk = oneMs <= 150;
  // 76 notices and the round's national annex.
  const zipOk = notices.zipMs <= 6000 && notices.zipEntries === 77;
  const memOk = notices.rssPeakMb <= 600;
  failed ||= !oneOk || !zipOk || !memOk || notices.chromiumLeftAfterStop > 0;
  console.log(`Status notice PDFs (real server over HTTP, headless Chromium, ${notices.concurrency} renders at once):`);
  console.log(`  one notice (${notices.pages} pages for อ่างทอง), browser warm, different provinces, median of ${notices.oneMs.length}: ${fmt(oneMs, 1)} ms  budget ≤ 150 ms: ${verdict(oneOk)}`);
  // The same notice on both sides (the same work): notices differ in size from province to province.
  const firstRatio = notices.oneColdMs / notices.firstIsoWarm.ms;
  const firstOk = firstRatio <= 1.2;
  failed ||= !firstOk;
  console.log(`    first PDF after start (Chromium warmed in the background at start-up): ${fmt(notices.oneColdMs)} ms = ${fmt(firstRatio, 2)}× the same notice warm (${fmt(notices.firstIsoWarm.ms)} ms)  budget ≤ 1.2×: ${verdict(firstOk)}`);
  console.log(`      median of ${notices.firstMs.length} fresh servers (${notices.firstMs.map((m) => fmt(m)).join(', ')} ms), each asked 4 s after sign-in${notices.waitedMs ? ` (and up to ${fmt(notices.waitedMs)} ms more, until its warm-up had ended)` : ''}; the servers' warm-ups (launch + the newest rounds' notices printed) took ${notices.warmUpMs.map((w) => (w === null ? 'not logged' : `${fmt(w)} ms`)).join(', ')}`);
  console.log(`      asked right after sign-in on a fresh server (joins the warm-up under way): ${fmt(notices.atReadyMs)} ms = ${fmt(notices.atReadyMs / oneMs, 2)}× a warm one (not budgeted)`);
  console.log(`    runs: ${notices.oneMs.map((m) => fmt(m)).join(', ')} ms`);
  for (const l of firstPdfLines(notices)) console.log(`  ${l}`);
  console.log(`  bare page.pdf() of the same HTML in a warm page, median of ${notices.bareMs.length}: ${fmt(bareMs, 1)} ms → pipeline/bare ratio ${fmt(oneMs / bareMs, 2)}`);
  console.log(`  all provinces as ZIP: ${notices.zipEntries} PDFs, ${fmt(notices.zipBytes / 1024 / 1024, 1)} MB in ${fmt(notices.zipMs)} ms  budget ≤ 6,000 ms: ${verdict(zipOk)}`);
  console.log(`  server memory (VmRSS) during the batch: peak ${fmt(notices.rssPeakMb)} MB (before ${fmt(notices.rssBeforeMb)} MB)  budget ≤ 600 MB: ${verdict(memOk)}`);
  console.log(`  Chromium's own processes alongside (RSS sum, shared pages counted per process): peak ${fmt(notices.chromiumPeakMb)} MB`);
  console.log(`  Chromium processes left after the server stopped: ${notices.chromiumLeftAfterStop}\n`);

  const start = await benchStart();
  const startMs = median(start.startMs);
  const startOk = startMs <= 1500 && !start.rebuilt;
  failed ||= !startOk;
  console.log(`Start-up on an existing database (spawn → the printed URL answering /api/health, median of ${start.startMs.length}):`);
  console.log(`  npm start ${fmt(startMs)} ms (runs ${start.startMs.map((m) => fmt(m)).join(', ')}; rebuilt: ${start.rebuilt ? 'yes' : 'no'})  budget ≤ 1,500 ms, no rebuild: ${verdict(startOk)}`);
  console.log(`  bare Hono under plain node, same runs: ${fmt(median(start.bareMs))} ms → ratio ${fmt(startMs / median(start.bareMs), 1)}\n`);

  const load = await benchLoad();
  console.log('Load on the real server (autocannon, loopback, 50 connections, signed in as staff, Accept-Encoding: br, gzip) beside bare Hono');
  console.log('returning the same (compressed) bytes with the same headers; budget per route: ratio ≥ 0.5, p99 ≤ 30 ms, no errors,');
  console.log('interleaved product/bare runs of 3 s, ratio = median over the pairs of product req/s ÷ bare req/s:');
  for (const r of load.routes) {
    // Cached reads: ≥ 0.5× bare Hono sending the same bytes, p99 ≤ 30 ms at 50 connections, no errors.
    const ok = r.product.errors === 0 && r.product.non2xx === 0 && r.ratio >= 0.5 && r.product.p99 <= 30;
    failed ||= !ok;
    console.log(`  ${r.route.padEnd(40)} ${fmt(r.bytes / 1024, 1).padStart(6)} KB  product ${fmt(r.product.requestsPerSec).padStart(6)} req/s p99 ${r.product.p99} ms  bare ${fmt(r.bare.requestsPerSec).padStart(6)} req/s p99 ${r.bare.p99} ms  ratio ${fmt(r.ratio, 2)} (pairs ${r.pairRatios.map((x) => fmt(x, 2)).join(', ')})  errors ${r.product.errors} non-2xx ${r.product.non2xx}: ${verdict(ok)}`);
  }
  console.log(`  server memory (VmRSS): start ${fmt(load.memory.start)} MB, max ${fmt(load.memory.max)} MB, end ${fmt(load.memory.end)} MB over ${load.memory.samples.length} samples\n`);

  console.log(`  machine at the end: load average ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min)`);
  console.log(failed ? 'Some budgets were missed.' : 'All budgets met.');
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
