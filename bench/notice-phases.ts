/**
 * The notice bench's per-print phases: each server it starts logs a `PDF phases {json}` line per print
 * (KPI_PDF_PHASES=1, server/modules/notices/pdf/phases.ts); these helpers time one notice over HTTP
 * with its phases and print the first-vs-warm comparison.
 */
import { performance } from 'node:perf_hooks';
import type { RunningServer } from '../tests/helpers/server';
import { median } from './import-bench';

/** One print's phases as the server logged them, plus the route's time before the print. */
export type Phases = Record<string, number>;

/** The first notice asked on a fresh server: อ่างทอง's, a province the warm-up prints none of. */
export const FIRST_ISO = 'TH-15';

/** The phases logged (`PDF phases {json}`) in `output` from `from` on; the route's own time added. */
function phasesLogged(output: string, from: number, httpMs: number): Phases {
  const lines = [...output.slice(from).matchAll(/PDF phases (\{.*\})/g)].map((m) => JSON.parse(m[1]!) as Phases & { label?: string });
  if (lines.length !== 1) throw new Error(`expected one print's phases, got ${lines.length} (is KPI_PDF_PHASES=1 reaching the server?)`);
  const { label: _label, ...phases } = lines[0]!;
  const printed = Object.values(phases).reduce((a, b) => a + b, 0);
  return { 'route before the print, and HTTP': httpMs - printed, ...phases };
}

/** Asks for one province's notice PDF; its time over HTTP, bytes and the phases the server logged. */
export async function timedNotice(server: RunningServer, session: string, iso: string): Promise<{ ms: number; bytes: Uint8Array; phases: Phases }> {
  const from = server.output().length;
  const t0 = performance.now();
  const res = await fetch(`${server.baseUrl}/api/notices/2566/6/${iso}.pdf`, { headers: { cookie: session } });
  if (!res.ok) throw new Error(`${iso} PDF: ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const ms = performance.now() - t0;
  // The phase line is written before the response, but may reach us through the pipe after it.
  for (let i = 0; i < 100 && !server.output().slice(from).includes('PDF phases'); i++) await new Promise((r) => setTimeout(r, 20));
  return { ms, bytes, phases: phasesLogged(server.output(), from, ms) };
}

/** The provinces with a notice in 2566 round 6, sorted as the warm-up takes them (it prints the first). */
export async function roundProvinces(server: RunningServer, session: string): Promise<string[]> {
  const res = await fetch(`${server.baseUrl}/api/notices/2566/6`, { headers: { cookie: session } });
  if (!res.ok) throw new Error(`notice list: ${res.status}`);
  return [...new Set((await res.text()).match(/TH-\d\d/g))].sort();
}

/** Median per phase of several prints, in the phases' order. */
export function medianPhases(all: Phases[]): Phases {
  const names = [...new Set(all.flatMap((p) => Object.keys(p)))];
  return Object.fromEntries(names.map((n) => [n, median(all.map((p) => p[n] ?? 0))]));
}

/** The first-vs-warm lines: both figures, their phases side by side, and the ratio. */
export function firstPdfLines(n: NoticeBench): string[] {
  const warm = median(n.oneMs);
  const first = medianPhases(n.firstPhases);
  const warmP = medianPhases(n.warmPhases);
  const f = (x: number) => x.toFixed(1).padStart(7);
  return [
    `  first PDF after the warm-up (${FIRST_ISO}, not printed by it), median of ${n.firstMs.length} fresh servers: ${n.oneColdMs.toFixed(0)} ms (${n.firstMs.map((m) => m.toFixed(0)).join(', ')})`,
    `  warm PDF, ${n.oneMs.length} different provinces each printed once (${n.warmProvinces[0]} … ${n.warmProvinces.at(-1)}): median ${warm.toFixed(0)} ms (min ${Math.min(...n.oneMs).toFixed(0)}, max ${Math.max(...n.oneMs).toFixed(0)})`,
    `  ratio first / warm of other provinces: ${(n.oneColdMs / warm).toFixed(2)}× (notices differ in size: not the budget's ratio)`,
    `  ${FIRST_ISO} printed warm, once after every three other provinces, median of ${n.firstIsoWarm.runs.length}: ${n.firstIsoWarm.ms.toFixed(0)} ms (${n.firstIsoWarm.runs.map((m) => m.toFixed(0)).join(', ')}); first / this = ${(n.oneColdMs / n.firstIsoWarm.ms).toFixed(2)}× (the budget's ratio)`,
    `  phases, ms                     first (median)  warm (median)  ${FIRST_ISO} again`,
    ...Object.keys({ ...first, ...warmP }).map((k) => `    ${k.padEnd(32)}${f(first[k] ?? 0)}        ${f(warmP[k] ?? 0)}       ${f(n.firstIsoWarm.phases[k] ?? 0)}`),
    `  each first print's phases: ${n.firstPhases.map((p) => Object.values(p).map((v) => v.toFixed(0)).join('/')).join('  ')}`,
  ];
}

export interface NoticeBench {
  /** Warm notices: different provinces' notices of the same round, each printed once. */
  oneMs: number[];
  /** The provinces `oneMs` printed, in order. */
  warmProvinces: string[];
  /** Each warm print's phases. */
  warmPhases: Phases[];
  /** Each fresh server's first print's phases. */
  firstPhases: Phases[];
  /** The first PDF's province printed again after the warm ones (its own warm figure). */
  firstIsoWarm: { ms: number; runs: number[]; phases: Phases };
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
  /** CPU time during the ZIP: the server process, and Chromium's processes together (from /proc). */
  zipCpuMs: { server: number; chromium: number };
  zipBytes: number;
  zipEntries: number;
  concurrency: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  chromiumPeakMb: number;
  chromiumLeftAfterStop: number;
}
