/**
 * Batch PDF jobs for the notices page: rendering a whole round takes seconds, so the client starts a
 * job, polls its progress and downloads the file when done. Jobs live in memory and expire after
 * `JOB_TTL_MS`; a restart forgets them (the client simply starts again).
 */
import { randomUUID } from 'node:crypto';
import type { Digits } from '../../../../shared/contracts/notice';
import type { Db } from '../../../platform/db/client';
import { silentLogger, type Logger } from '../../../platform/log';
import type { RoundContext } from '../context';
import { renderRoundAnnex } from './annex';
import { withLetters } from './letter-pdf';
import { mergeNotices, renderRound, zipNotices } from './print';

export type BatchFormat = 'zip' | 'pdf';

export interface BatchJob {
  id: string;
  year: number;
  round: number;
  format: BatchFormat;
  digits: Digits;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
  fileName: string;
  bytes: Uint8Array | null;
}

export const JOB_TTL_MS = 15 * 60 * 1000;
const jobs = new Map<string, BatchJob>();

function sweep(now: number) {
  for (const [id, j] of jobs) if (j.state !== 'running' && now - Date.parse(j.finishedAt ?? j.createdAt) > JOB_TTL_MS) jobs.delete(id);
}

export const batchFileName = (year: number, round: number, format: BatchFormat) => `notices-${year}-r${round}.${format}`;

/** Renders every notice of the round into one ZIP or merged PDF; returns at once with the running job. */
export function startBatch(db: Db, ctx: RoundContext, format: BatchFormat, digits: Digits, actor: string, log: Logger = silentLogger, withLetter = false): BatchJob {
  const started = performance.now();
  sweep(Date.now());
  const job: BatchJob = {
    id: randomUUID(),
    year: ctx.year,
    round: ctx.round,
    format,
    digits,
    state: 'running',
    done: 0,
    total: ctx.provinces.size,
    createdBy: actor,
    createdAt: new Date().toISOString(),
    finishedAt: null,
    error: null,
    fileName: batchFileName(ctx.year, ctx.round, format),
    bytes: null,
  };
  jobs.set(job.id, job);
  void (async () => {
    try {
      const [notices, annex] = await Promise.all([renderRound(db, ctx, digits, (done) => (job.done = done)), renderRoundAnnex(ctx, digits)]);
      // As the direct round files with `?withLetter=true`: each cover letter before its notice.
      const files = withLetter ? await withLetters(db, ctx.roundId, notices, digits) : notices;
      job.bytes = format === 'zip' ? await zipNotices(files, annex) : await mergeNotices(files, annex);
      job.state = 'done';
    } catch (e) {
      job.state = 'failed';
      job.error = (e as Error).message;
      console.error(`[${new Date().toISOString()}] notice batch ${job.id} failed:`, e);
    } finally {
      job.finishedAt = new Date().toISOString();
      // One line per job, finished or failed (the request that started it has its own line).
      log[job.state === 'done' ? 'info' : 'error']('pdf job', {
        job: job.id, year: job.year, round: job.round, format, state: job.state, notices: job.done, ms: Math.round(performance.now() - started),
        bytes: job.bytes?.byteLength ?? null, by: actor, error: job.error,
      });
    }
  })();
  return job;
}

export const findBatch = (id: string) => jobs.get(id);
