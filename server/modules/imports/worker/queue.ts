/**
 * One import at a time, in a worker thread, in arrival order. The HTTP handler submits a file and
 * either awaits the finished job (the synchronous API) or answers at once with the job, whose progress
 * `GET /api/import-jobs/{id}` shows. Jobs live in memory for `JOB_TTL_MS` after they finish, like the
 * notice PDF jobs; a restart forgets them (nothing is lost: a job either committed or wrote nothing).
 *
 * Across processes (the CLI, a second server) imports are serialised by SQLite itself: plan and commit
 * hold the write lock together (pipeline/index.ts).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportJob } from '../../../../shared/contracts/import-job';
import { projectRoot } from '../../../platform/config';
import type { Db } from '../../../platform/db/client';
import { importFile } from '../pipeline';
import type { WorkerReply, WorkerRequest } from './messages';

export const JOB_TTL_MS = 15 * 60 * 1000;
/** An idle worker is stopped after this long, giving back its heap; the next import starts a new one. */
const IDLE_MS = 60_000;

interface Entry {
  job: ImportJob;
  request: WorkerRequest;
  settle(job: ImportJob): void;
}

/**
 * Under tsx (tests, `npm run dev:server`) the worker is the TypeScript source, loaded through tsx's
 * loader registered inside the thread; built (dist/server), it is its own esbuild entry point.
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return pathToFileURL(join(projectRoot, 'dist/server/modules/imports/worker/import-worker.js'));
  const tsx = pathToFileURL(join(projectRoot, 'node_modules/tsx/dist/esm/api/index.mjs')).href;
  const source = new URL('./import-worker.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

const failure = (code: string, message: string, messageTh: string): ImportJob['error'] => ({ code, message, messageTh });

export class ImportQueue {
  private worker: Worker | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private current: Entry | null = null;
  private readonly waiting: Entry[] = [];
  private readonly jobs = new Map<string, Entry>();

  /** `dbPath` ':memory:' cannot be shared with a thread: such imports run on the caller's connection. */
  constructor(private readonly db: Db, private readonly dbPath: string) {}

  /** Queues a file; `finished` resolves (never rejects) with the job once done or failed. */
  submit(bytes: Uint8Array, options: WorkerRequest['options']): { job: ImportJob; finished: Promise<ImportJob> } {
    this.sweep(Date.now());
    const job: ImportJob = {
      id: randomUUID(), state: 'queued', fileName: options.fileName, createdBy: options.importedBy, createdAt: new Date().toISOString(),
      finishedAt: null, ahead: 0, progress: { phase: 'queued', rowsRead: 0, rowsValidated: 0, rowsWritten: 0 }, report: null, error: null,
    };
    let settle!: (job: ImportJob) => void;
    const finished = new Promise<ImportJob>((resolve) => (settle = resolve));
    const entry: Entry = { job, request: { id: job.id, bytes, options }, settle };
    this.jobs.set(job.id, entry);
    this.waiting.push(entry);
    this.next();
    return { job: this.view(entry), finished };
  }

  /** The job as the API shows it, with how many imports wait ahead of it. */
  find(id: string): ImportJob | undefined {
    const entry = this.jobs.get(id);
    return entry && this.view(entry);
  }

  /** Stops the worker (an import in flight is abandoned: its transaction never commits). */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    await this.worker?.terminate();
    this.worker = null;
  }

  private view(entry: Entry): ImportJob {
    const at = this.waiting.indexOf(entry);
    return { ...entry.job, progress: { ...entry.job.progress }, ahead: at < 0 ? 0 : at + (this.current ? 1 : 0) };
  }

  private next(): void {
    if (this.current || this.waiting.length === 0) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const entry = (this.current = this.waiting.shift()!);
    entry.job.state = 'running';
    entry.job.progress.phase = 'reading';
    if (this.dbPath === ':memory:') {
      const { id, bytes, options } = entry.request;
      importFile(this.db, bytes, { ...options, onProgress: (p) => this.onReply({ id, type: 'progress', progress: { ...p } }) }).then(
        (report) => this.onReply({ id, type: 'done', report }),
        (e: unknown) => this.finish(entry, null, failure('INTERNAL', (e as Error).message, 'การนำเข้าล้มเหลวในระบบ ยังไม่ได้บันทึกข้อมูลใด ๆ')),
      );
      return;
    }
    this.ensureWorker().postMessage(entry.request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerEntry(), { workerData: { dbPath: this.dbPath } });
    worker.unref(); // an idle import worker never keeps the process alive
    worker.on('message', (m: WorkerReply) => this.onReply(m));
    // The thread died (out of memory, a crash): the import in it wrote nothing; the next one gets a new thread.
    const died = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      if (this.current) {
        console.error(`[${new Date().toISOString()}] import worker stopped during ${this.current.job.id}: ${why}`);
        this.finish(this.current, null, failure('IMPORT_WORKER_FAILED', 'The import stopped on the server; nothing was written. Try again.', 'การนำเข้าหยุดกลางคันในระบบ ยังไม่ได้บันทึกข้อมูลใด ๆ กรุณาลองใหม่อีกครั้ง'));
      }
    };
    worker.on('error', (e) => died(e.message));
    worker.on('exit', (code) => died(`exit ${code}`));
    return (this.worker = worker);
  }

  private onReply(m: WorkerReply): void {
    const entry = this.current;
    if (!entry || entry.job.id !== m.id) return;
    if (m.type === 'progress') entry.job.progress = { ...m.progress };
    else if (m.type === 'done') this.finish(entry, m.report, null);
    else this.finish(entry, null, m.error);
  }

  private finish(entry: Entry, report: ImportJob['report'], error: ImportJob['error']): void {
    Object.assign(entry.job, { state: report ? 'done' : 'failed', report, error, finishedAt: new Date().toISOString() });
    entry.job.progress.phase = 'done';
    entry.request.bytes = new Uint8Array(0); // the file is not kept once imported
    this.current = null;
    entry.settle(this.view(entry));
    this.next();
    if (!this.current && this.worker) {
      const worker = this.worker;
      this.idleTimer = setTimeout(() => void this.close().catch(() => worker.terminate()), IDLE_MS).unref();
    }
  }

  private sweep(now: number): void {
    for (const [id, e] of this.jobs) if (e.job.finishedAt && now - Date.parse(e.job.finishedAt) > JOB_TTL_MS) this.jobs.delete(id);
  }
}

const queues = new Map<string, ImportQueue>();

/** The one queue per database file in this process (the app's handlers share it). */
export function importQueueFor(db: Db, dbPath: string): ImportQueue {
  let q = queues.get(dbPath);
  if (!q) queues.set(dbPath, (q = new ImportQueue(db, dbPath)));
  return q;
}
