/**
 * Notice PDF budgets, measured on the real server (`node --import tsx server/main.ts`, a fresh
 * database with the demo data) over HTTP:
 * - one notice PDF (อ่างทอง, 2566 round 6) once the browser is warm, median of 15; the same notice as
 *   the first one after start (a user's pause after sign-in, and the warm-up finished), median over
 *   three fresh servers, with the warm-ups' durations as the servers logged them; and, on another fresh
 *   server, the first one asked for right after sign-in (it joins the warm-up);
 * - every province's notice as a ZIP, with the server's resident memory (VmRSS of the Node process,
 *   sampled every 20 ms from /proc) during the batch, and Chromium's processes alongside;
 * - in the same run, the bare `page.pdf()` of the same notice's HTML, already loaded in a warm page,
 *   so the pipeline's overhead shows as a ratio;
 * - and that stopping the server closes its Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { signInOverHttp } from '../tests/e2e/helpers/session';
import { startServer, type RunningServer } from '../tests/helpers/server';
import { PDFDocument } from 'pdf-lib';
import { noticePrintHtml } from '../server/modules/notices/pdf/print-html';
import { defaultConcurrency, NoticeRenderer } from '../server/modules/notices/pdf/renderer';
import { median } from './import-bench';

export interface NoticeBench {
  oneMs: number[];
  /** The first PDF after start, asked a user's pause (USER_PAUSE_MS) after sign-in: median over FIRST_SERVERS fresh servers. */
  oneColdMs: number;
  /** Each fresh server's first PDF. */
  firstMs: number[];
  /** The background warm-ups' own durations as the servers logged them (null: never logged). */
  warmUpMs: (number | null)[];
  /** How long past the user's pause the bench waited for a warm-up still running (0: none did). */
  waitedMs: number;
  /** A second fresh server: the first PDF asked for right after sign-in, joining the warm-up under way. */
  atReadyMs: number;
  pages: number;
  bareMs: number[];
  zipMs: number;
  zipBytes: number;
  zipEntries: number;
  concurrency: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  chromiumPeakMb: number;
  chromiumLeftAfterStop: number;
}

const vmRssKb = (pid: number): number | null => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
};

/** Every descendant process of `pid` (from /proc/*\/stat). */
function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [c, pp] of parent) if (pp === p) (out.push(c), walk(c));
  };
  walk(pid);
  return out;
}

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
async function firstPdfAfterWarmUp(server: RunningServer): Promise<{ ms: number; warmUpMs: number | null; waitedMs: number }> {
  const session = await signInOverHttp(server.baseUrl, 'staff');
  await new Promise((r) => setTimeout(r, USER_PAUSE_MS));
  const pausedAt = performance.now();
  while (warmUpLogged(server.output()) === null && !/warm-up failed/.test(server.output()) && performance.now() - pausedAt < 60_000) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const waitedMs = performance.now() - pausedAt;
  const t0 = performance.now();
  const res = await fetch(`${server.baseUrl}/api/notices/2566/6/TH-15.pdf`, { headers: { cookie: session } });
  if (!res.ok) throw new Error(`first PDF: ${res.status}`);
  await res.arrayBuffer();
  return { ms: performance.now() - t0, warmUpMs: warmUpLogged(server.output()), waitedMs: waitedMs < 60 ? 0 : waitedMs };
}

/** A fresh server (warm-up on), signed in, whose first PDF is asked for right away: it joins the warm-up. */
async function firstPdfAtReady(): Promise<number> {
  const server = await startServer({ env: { KPI_WARM_BROWSER: '1' } });
  try {
    const session = await signInOverHttp(server.baseUrl, 'staff');
    const t0 = performance.now();
    const res = await fetch(`${server.baseUrl}/api/notices/2566/6/TH-15.pdf`, { headers: { cookie: session } });
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

export async function benchNotices(runs = 15): Promise<NoticeBench> {
  // The server warms Chromium in the background once it is ready, as in production.
  const server = await startServer({ env: { KPI_WARM_BROWSER: '1' } });
  try {
    const firsts = [await firstPdfAfterWarmUp(server)];
    for (let i = 1; i < FIRST_SERVERS; i++) {
      const fresh = await startServer({ env: { KPI_WARM_BROWSER: '1' } });
      try {
        firsts.push(await firstPdfAfterWarmUp(fresh));
      } finally {
        await fresh.stop();
      }
    }
    cookie = await signInOverHttp(server.baseUrl, 'staff');
    const url = `${server.baseUrl}/api/notices/2566/6/TH-15.pdf`;
    const first = await fetchBytes(url);
    let t0: number;
    for (let i = 0; i < 3; i++) await fetchBytes(url);
    const oneMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      await fetchBytes(url);
      oneMs.push(performance.now() - t0);
    }
    const pages = (await PDFDocument.load(first)).getPageCount();

    // The batch, with the server's memory sampled throughout.
    const rssBeforeMb = (vmRssKb(server.pid) ?? 0) / 1024;
    let rssPeakKb = 0;
    let chromiumPeakKb = 0;
    const sample = () => {
      rssPeakKb = Math.max(rssPeakKb, vmRssKb(server.pid) ?? 0);
      chromiumPeakKb = Math.max(chromiumPeakKb, descendants(server.pid).reduce((n, p) => n + (vmRssKb(p) ?? 0), 0));
    };
    const timer = setInterval(sample, 20);
    t0 = performance.now();
    const zip = await fetchBytes(`${server.baseUrl}/api/notices/2566/6.zip`);
    const zipMs = performance.now() - t0;
    clearInterval(timer);
    sample();
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
      oneMs,
      oneColdMs: median(firsts.map((f) => f.ms)),
      firstMs: firsts.map((f) => f.ms),
      warmUpMs: firsts.map((f) => f.warmUpMs),
      waitedMs: Math.max(...firsts.map((f) => f.waitedMs)),
      atReadyMs,
      pages,
      bareMs,
      zipMs,
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

export { median };
