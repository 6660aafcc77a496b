/**
 * Per-print phase timings of a notice PDF, logged as one `PDF phases {json}` line per print when
 * KPI_PDF_PHASES=1, so the notice bench can say which phase a first print after start still pays for
 * (issue 10) without a profiler. Off by default: nothing is timed or logged then.
 */
import { performance } from 'node:perf_hooks';
import { processConfig } from '../../../platform/config';

/** Milliseconds per phase, in the order the print ran them. */
export type PhaseTimes = Record<string, number>;

export class PhaseClock {
  readonly times: PhaseTimes = {};
  private last = performance.now();

  /** Ends the phase running since the previous mark (or since the clock started) under `name`. */
  mark(name: string): void {
    const now = performance.now();
    this.times[name] = (this.times[name] ?? 0) + (now - this.last);
    this.last = now;
  }
}

/** A clock for one print when phase logging is on, else undefined (callers use `clock?.mark`). */
export function phaseClock(): PhaseClock | undefined {
  return processConfig().pdfPhases ? new PhaseClock() : undefined;
}

export function logPhases(label: string, clock: PhaseClock | undefined): void {
  if (!clock) return;
  const rounded = Object.fromEntries(Object.entries(clock.times).map(([k, v]) => [k, Math.round(v * 10) / 10]));
  console.log(`PDF phases ${JSON.stringify({ label, ...rounded })}`);
}
