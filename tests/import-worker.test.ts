/**
 * Imports run in a worker thread, one at a time (issue 9 §7): the server keeps answering reads while a
 * large file is imported, uploads queue behind each other, the job endpoint shows progress, and a
 * database locked by another process past busy_timeout is a 503 with a clear message.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob } from '../shared/contracts/import-job';
import { importQueueFor } from '../server/modules/imports/worker/queue';
import { createTestApp, multipart, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let staff: Session;

/** `rows` results of one components indicator (ENV-02 in TH-12), each component new. */
function bigCsv(rows: number, value = 42): Uint8Array {
  const lines = ['fiscal_year,round,province,indicator,component,target_min,target_std,target_adv,result,note'];
  for (let k = 0; k < rows; k++) lines.push(`2566,6,TH-12,ENV-02,จุดตรวจ-${k},50,55,60,${value + (k % 9)},`);
  return new TextEncoder().encode(lines.join('\n'));
}

const upload = (bytes: Uint8Array, query = '') => staff.request(`/api/imports${query}`, { method: 'POST', body: multipart(bytes, 'big.csv') });

async function jobOf(id: string): Promise<ImportJob> {
  const res = await staff.request(`/api/import-jobs/${id}`);
  expect(res.status).toBe(200);
  return (await res.json()) as ImportJob;
}

async function waitDone(id: string): Promise<ImportJob> {
  for (;;) {
    const job = await jobOf(id);
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  t = createTestApp();
  staff = await t.signIn('staff');
});
afterAll(async () => {
  await importQueueFor(t.db, t.config.dbPath).close();
  t.close();
});

describe('imports in the worker', () => {
  it('async=true answers 202 with the job; the job shows progress and then the report', async () => {
    const res = await upload(bigCsv(2000), '?async=true');
    expect(res.status).toBe(202);
    const queued = (await res.json()) as ImportJob;
    expect(['queued', 'running']).toContain(queued.state);
    const job = await waitDone(queued.id);
    expect(job.state).toBe('done');
    expect(job.report).toMatchObject({ ok: true, rows: { total: 2000, new: 2000 } });
    expect(job.progress).toEqual({ phase: 'done', rowsRead: 2000, rowsValidated: 2000, rowsWritten: 2000 });
    expect(job.report!.batchId).toBeGreaterThan(0);
  });

  it('a dry run\'s job is never answered 304 with its first state: no ETag, no-store', async () => {
    // A dry run writes nothing, so the data version stands still while the job moves: a tag from the
    // data version let the browser's poll revalidate to the queued answer forever (the import page hung).
    const res = await upload(bigCsv(500), '?dryRun=true&async=true');
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as ImportJob;
    const first = await staff.request(`/api/import-jobs/${id}`);
    expect(first.headers.get('etag')).toBeNull();
    expect(first.headers.get('cache-control')).toContain('no-store');
    expect((await waitDone(id)).report).toMatchObject({ ok: true, dryRun: true });
  });

  it('keeps answering reads while a large import runs', async () => {
    const res = await upload(bigCsv(60_000, 10), '?async=true');
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as ImportJob;
    // Reads answered while the job was still queued or running: on the server's own thread the import
    // would hold every request until it finished.
    let answeredDuringImport = 0;
    for (;;) {
      const summary = await staff.request('/api/rounds/2566/6/summary');
      expect(summary.status).toBe(200);
      const job = await jobOf(id);
      if (job.state === 'done' || job.state === 'failed') break;
      answeredDuringImport++;
      // A timer between requests, as a real client's network gives: in-process requests answered from
      // the cache resolve in microtasks alone and would never let the worker's messages in.
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(answeredDuringImport).toBeGreaterThan(0);
    const job = await jobOf(id);
    expect(job.report).toMatchObject({ ok: true, rows: { total: 60_000, changed: 2000, new: 58_000 } });
  });

  it('runs uploads one at a time, in order, each waiting request getting its own report', async () => {
    const first = upload(bigCsv(20_000, 20));
    const second = upload(bigCsv(20_000, 30));
    const [a, b] = await Promise.all([first, second]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    const [ra, rb] = (await Promise.all([a.json(), b.json()])) as { batchId: number; rows: { changed: number } }[];
    expect(rb!.batchId).toBe(ra!.batchId + 1);
    // The second saw the first's values as the stored ones: its history names them.
    const history = t.db.$client
      .prepare(`select count(*) as n from result_history where replaced_by_batch_id = ? and batch_id = ?`)
      .get(rb!.batchId, ra!.batchId) as { n: number };
    expect(history.n).toBe(20_000);
  });

  it('a job queued behind another says how many wait ahead of it', async () => {
    const a = (await (await upload(bigCsv(20_000, 50), '?async=true')).json()) as ImportJob;
    const b = (await (await upload(bigCsv(20_000, 60), '?async=true')).json()) as ImportJob;
    expect(b.ahead).toBeGreaterThanOrEqual(a.state === 'queued' ? 2 : 1);
    expect((await waitDone(a.id)).state).toBe('done');
    expect((await waitDone(b.id)).report).toMatchObject({ ok: true });
  });

  it('a database another process holds past busy_timeout: 503 DATABASE_BUSY, nothing written', async () => {
    const other = new Database(t.config.dbPath);
    const batches = () => (t.db.$client.prepare('select count(*) as n from import_batches').get() as { n: number }).n;
    const before = batches();
    other.exec('begin immediate');
    try {
      const res = await upload(bigCsv(100, 77));
      expect(res.status).toBe(503);
      const body = (await res.json()) as { error: { code: string; message: string; messageTh: string } };
      expect(body.error.code).toBe('DATABASE_BUSY');
      expect(body.error.messageTh).toContain('ฐานข้อมูล');
    } finally {
      other.exec('rollback');
      other.close();
    }
    expect(batches()).toBe(before);
    expect((await upload(bigCsv(100, 77))).status).toBe(200);
  }, 30_000);

  // Linux keeps a nice value per thread (/proc/self/task/<tid>/stat, field 19): the worker lowers its own only.
  it.runIf(existsSync('/proc/self/task'))('runs the worker below normal CPU priority and leaves the server’s thread at its own', async () => {
    const done = await waitDone(((await (await upload(bigCsv(50), '?async=true')).json()) as ImportJob).id);
    expect(done.state).toBe('done');
    const nice = (tid: string) => {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    };
    const threads = readdirSync('/proc/self/task');
    expect(nice(String(process.pid))).toBe(getPriority());
    expect(threads.map(nice)).toContain(10);
  });

  it('an unknown job is 404', async () => {
    expect((await staff.request('/api/import-jobs/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
