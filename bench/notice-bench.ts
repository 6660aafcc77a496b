/**
 * Notice PDF budgets, measured on the real server (`node --import tsx server/main.ts`, a fresh
 * database with the demo data) over HTTP, every server logging its prints' phases (KPI_PDF_PHASES=1):
 * - a warm notice: after the warm-up and three discarded prints, 15 DIFFERENT provinces' notices of
 *   2566 round 6, each printed once (the same notice printed over and over would find every word of it
 *   in Chromium's text caches, which a user's next notice does not); median;
 * - the first notice after start: อ่างทอง's (TH-15, which the warm-up does not print), asked once the
 *   warm-up has finished (a user's pause after sign-in, longer if the warm-up still runs), median over
 *   three fresh servers; and, on another fresh server, one asked right after sign-in (joins the warm-up);
 * - per phase, for both: the route before the print (session, round context, model; HTTP total minus
 *   the logged phases), waiting for a slot and a page, HTML, shell setContent, body + fonts, page.pdf,
 *   clean-up, document info;
 * - every province's notice as a ZIP, with the server's resident memory (VmRSS of the Node process,
 *   sampled every 20 ms from /proc) during the batch, and Chromium's processes alongside;
 * - in the same run, the bare `page.pdf()` of อ่างทอง's HTML, already loaded in a warm page, so the
 *   pipeline's overhead shows as a ratio;
 * - and that stopping the server closes its Chromium.
 * `npx tsx bench/notice-bench.ts` runs the first-vs-warm part alone and prints it with the load average.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { signInOverHttp } from '../tests/e2e/helpers/session';
import { startServer, type RunningServer } from '../tests/helpers/server';
import { PDFDocument } from 'pdf-lib';
import { noticePrintHtml } from '../server/modules/notices/pdf/print-html';
import { defaultConcurrency, NoticeRenderer } from '../server/modules/notices/pdf/renderer';
import { median } from './import-bench';
import { cpuMs, descendants, vmRssKb } from './proc-stats';
import { FIRST_ISO, firstPdfLines, roundProvinces, timedNotice, type NoticeBench, type Phases } from './notice-phases';

export type { NoticeBench };


let cookie = '';

/**
 * A user's first PDF comes some seconds after start-up (the server starts, the user signs in, opens the
 * notices, picks one): the bench waits that long after sign-in before asking.
 */
const USER_PAUSE_MS = 4000;

const warmUpLogged = (output: string): number | null => {
  const m = /PDF printing warmed up in (\d+) ms/.exec(output);
  return m ? Number(m[1]) : null;
};

/** Fresh servers whose first PDF is measured: one sample each, so the median of three. */
const FIRST_SERVERS = 3;

/**
 * Signs in, waits a user's pause and, should the warm-up still run (a loaded machine), until it has
 * logged its end: the budget is for the first PDF after a finished warm-up (one asked for during it
 * joins it: `firstPdfAtReady`). Then asks for อ่างทอง's 2566 round 6 notice, the one the warm notices
 * below print too, so both sides print the same notice.
 */
async function firstPdfAfterWarmUp(server: RunningServer): Promise<{ ms: number; phases: Phases; warmUpMs: number | null; waitedMs: number }> {
  const session = await signInOverHttp(server.baseUrl, 'staff');
  await new Promise((r) => setTimeout(r, USER_PAUSE_MS));
  const waitedMs = await warmUpEnded(server);
  const { ms, phases } = await timedNotice(server, session, FIRST_ISO);
  return { ms, phases, warmUpMs: warmUpLogged(server.output()), waitedMs: waitedMs < 60 ? 0 : waitedMs };
}

/**
 * Waits (up to a minute) until the server has logged its warm-up's end (or failure), the signal the
 * server gives for it; returns how long that took. The ZIP waits too: on two cores a warm-up still
 * printing beside the batch would be timed with it.
 */
async function warmUpEnded(server: RunningServer): Promise<number> {
  const from = performance.now();
  while (warmUpLogged(server.output()) === null && !/warm-up failed/.test(server.output()) && performance.now() - from < 60_000) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return performance.now() - from;
}


/** A fresh server (warm-up on), signed in, whose first PDF is asked for right away: it joins the warm-up. */
async function firstPdfAtReady(): Promise<number> {
  const server = await startServer({ env: { KPI_WARM_BROWSER: '1' } });
  try {
    const session = await signInOverHttp(server.baseUrl, 'staff');
    const t0 = performance.now();
    const res = await fetch(`${server.baseUrl}/api/notices/2566/6/${FIRST_ISO}.pdf`, { headers: { cookie: session } });
    if (!res.ok) throw new Error(`first PDF at ready: ${res.status}`);
    await res.arrayBuffer();
    return performance.now() - t0;
  } finally {
    await server.stop();
  }
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url, { headers: { cookie } });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return new Uint8Array(await res.arrayBuffer());
}

const SERVER_ENV = { KPI_WARM_BROWSER: '1', KPI_PDF_PHASES: '1' };

export async function benchNotices(runs = 15, opts: { firstOnly?: boolean } = {}): Promise<NoticeBench> {
  // The server warms Chromium in the background once it is ready, as in production.
  const server = await startServer({ env: SERVER_ENV });
  try {
    const firsts = [await firstPdfAfterWarmUp(server)];
    for (let i = 1; i < FIRST_SERVERS; i++) {
      const fresh = await startServer({ env: SERVER_ENV });
      try {
        firsts.push(await firstPdfAfterWarmUp(fresh));
      } finally {
        await fresh.stop();
      }
    }
    cookie = await signInOverHttp(server.baseUrl, 'staff');
    const first = await fetchBytes(`${server.baseUrl}/api/notices/2566/6/${FIRST_ISO}.pdf`);
    // Warm notices: provinces neither the warm-up (the first few, sorted) nor the first PDF printed,
    // three discarded, then `runs` more, each printed once.
    const others = (await roundProvinces(server, cookie)).filter((iso) => iso !== FIRST_ISO).slice(10);
    if (others.length < 3 + runs) throw new Error(`only ${others.length} provinces to print`);
    for (const iso of others.slice(0, 3)) await timedNotice(server, cookie, iso);
    const warmProvinces = others.slice(3, 3 + runs);
    const warm = [];
    // The first PDF's own notice again, now warm: the same work as the first one (notices differ in size,
    // so the budget's baseline). Printed once after every three other provinces, never twice in a row,
    // so no cache of its own last print can favour it.
    const again = [];
    for (const [n, iso] of warmProvinces.entries()) {
      warm.push(await timedNotice(server, cookie, iso));
      if (n % 3 === 2) again.push(await timedNotice(server, cookie, FIRST_ISO));
    }
    const oneMs = warm.map((w) => w.ms);
    const againMs = again.map((a) => a.ms);
    // The median run (an odd count), whose phases are printed beside the first print's.
    const againTimed = [...again].sort((a, b) => a.ms - b.ms)[(again.length - 1) >> 1]!;
    const pages = (await PDFDocument.load(first)).getPageCount();
    let t0: number;
    const firstOf = {
      oneMs,
      warmProvinces,
      warmPhases: warm.map((w) => w.phases),
      firstPhases: firsts.map((f) => f.phases),
      firstIsoWarm: { ms: againTimed.ms, runs: againMs, phases: againTimed.phases },
      oneColdMs: median(firsts.map((f) => f.ms)),
      firstMs: firsts.map((f) => f.ms),
      warmUpMs: firsts.map((f) => f.warmUpMs),
      waitedMs: Math.max(...firsts.map((f) => f.waitedMs)),
      pages,
    };
    if (opts.firstOnly) {
      await server.stop();
      return { ...firstOf, atReadyMs: NaN, bareMs: [], zipMs: NaN, zipCpuMs: { server: NaN, chromium: NaN }, zipBytes: 0, zipEntries: 0, concurrency: defaultConcurrency(), rssBeforeMb: NaN, rssPeakMb: NaN, chromiumPeakMb: NaN, chromiumLeftAfterStop: 0 };
    }

    // The batch, with the server's memory sampled throughout.
    const rssBeforeMb = (vmRssKb(server.pid) ?? 0) / 1024;
    let rssPeakKb = 0;
    let chromiumPeakKb = 0;
    const sample = () => {
      rssPeakKb = Math.max(rssPeakKb, vmRssKb(server.pid) ?? 0);
      chromiumPeakKb = Math.max(chromiumPeakKb, descendants(server.pid).reduce((n, p) => n + (vmRssKb(p) ?? 0), 0));
    };
    await warmUpEnded(server);
    // CPU of the server and of Chromium's processes (those alive before and after the batch).
    const serverCpu0 = cpuMs(server.pid);
    const chromiumCpu0 = new Map(descendants(server.pid).map((p) => [p, cpuMs(p)]));
    const timer = setInterval(sample, 20);
    t0 = performance.now();
    const zip = await fetchBytes(`${server.baseUrl}/api/notices/2566/6.zip`);
    const zipMs = performance.now() - t0;
    clearInterval(timer);
    sample();
    const zipCpuMs = {
      server: cpuMs(server.pid) - serverCpu0,
      chromium: descendants(server.pid).reduce((n, p) => n + cpuMs(p) - (chromiumCpu0.get(p) ?? 0), 0),
    };
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const zipEntries = view.getUint16(zip.length - 22 + 10, true); // end of central directory (no comment)

    // The bare page.pdf() of the same notice's HTML, in this process, on a warm page.
    const live = (await (await fetch(`${server.baseUrl}/api/notices/2566/6/TH-15`, { headers: { cookie } })).json()) as { model: Parameters<typeof noticePrintHtml>[0]; stamp: Parameters<typeof noticePrintHtml>[1] };
    const renderer = new NoticeRenderer({ concurrency: 1 });
    const html = noticePrintHtml(live.model, live.stamp, 'thai');
    const bareMs = await renderer.withPage(html, async (page) => {
      for (let i = 0; i < 3; i++) await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) {
        const s = performance.now();
        await page.pdf({ preferCSSPageSize: true, printBackground: true });
        ms.push(performance.now() - s);
      }
      return ms;
    });
    await renderer.close();

    const chromium = descendants(server.pid);
    const concurrency = defaultConcurrency(); // the server's environment is this process's
    await server.stop();
    const chromiumLeftAfterStop = chromium.filter((p) => vmRssKb(p) !== null).length;
    const atReadyMs = await firstPdfAtReady();
    return {
      ...firstOf,
      atReadyMs,
      bareMs,
      zipMs,
      zipCpuMs,
      zipBytes: zip.length,
      zipEntries,
      concurrency,
      rssBeforeMb,
      rssPeakMb: rssPeakKb / 1024,
      chromiumPeakMb: chromiumPeakKb / 1024,
      chromiumLeftAfterStop,
    };
  } catch (e) {
    await server.stop().catch(() => {});
    throw e;
  }
}

export { median, firstPdfLines };

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' / ');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `--zip`: the whole notice bench (the batch, memory, the bare print too), not the first PDF alone.
  const zip = process.argv.includes('--zip');
  console.log(`First PDF vs warm${zip ? ', and the 77-file ZIP' : ''} (${os.cpus().length} cores, load average ${load()}):`);
  const n = await benchNotices(15, { firstOnly: !zip });
  for (const l of firstPdfLines(n)) console.log(l);
  console.log(`  warm-ups took ${n.warmUpMs.map((w) => (w === null ? 'not logged' : `${w} ms`)).join(', ')}; waited past the pause up to ${n.waitedMs.toFixed(0)} ms`);
  if (zip) {
    console.log(`  ZIP of ${n.zipEntries} files (${(n.zipBytes / 1024 / 1024).toFixed(1)} MB), after the warm-up: ${n.zipMs.toFixed(0)} ms; CPU ${n.zipCpuMs.server.toFixed(0)} ms the server, ${n.zipCpuMs.chromium.toFixed(0)} ms Chromium; peak RSS ${n.rssPeakMb.toFixed(0)} MB`);
  }
  console.log(`  load average after: ${load()}`);
}
