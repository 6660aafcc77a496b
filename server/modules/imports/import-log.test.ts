/**
 * The server's import job log line (issue 9): written when the job settles, also for an upload answered
 * at once with 202 (which used to log nothing), with the same fields as the CLI's line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../platform/config';
import { createLogger } from '../../platform/log';
import { createUser } from '../auth/users';
import { importQueueFor } from './worker/queue';
import { createTestDb, csv, header, type TestDb } from '../../../tests/helpers/test-db';
import { multipart } from '../../../tests/helpers/test-app';

let t: TestDb;
let app: ReturnType<typeof createApp>;
const lines: string[] = [];
let auth: Record<string, string>;

beforeAll(async () => {
  t = createTestDb();
  const config = { ...loadConfig({ KPI_LOG_LEVEL: 'info' }), dbPath: t.path };
  app = createApp({ db: t.db, config, mapAttribution: 'test', log: createLogger('info', (l) => lines.push(l)) });
  await createUser(t.db, { username: 'job.staff', displayName: 'job staff', role: 'staff', provinceIso: null, password: 'job-staff-password-1' });
  const res = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'job.staff', password: 'job-staff-password-1' }) });
  auth = { cookie: res.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
});
afterAll(async () => {
  await importQueueFor(t.db, t.path).close();
  t.close();
});

const importLines = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'import');

describe('the import job log line', () => {
  it('is written for a job answered at once (202) once it finishes, with outcome, batch id, rows and ms', async () => {
    const body = multipart(csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '449.21', '']]), 'async.csv');
    const res = await app.request('/api/imports?async=true', { method: 'POST', headers: auth, body });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    for (let state = ''; state !== 'done' && state !== 'failed'; await new Promise((r) => setTimeout(r, 50))) {
      state = ((await (await app.request(`/api/import-jobs/${id}`, { headers: auth })).json()) as { state: string }).state;
    }
    await new Promise((r) => setTimeout(r, 50)); // the line is written as the job settles
    const [line] = importLines();
    expect(line).toMatchObject({ level: 'info', outcome: 'imported', ok: true, source: 'api', fileName: 'async.csv', rows: 1, new: 1, errors: 0, dryRun: false });
    expect(line!.batchId).toBeTypeOf('number');
    expect(line!.ms).toBeTypeOf('number');
  });

  it('a dry run logs "checked", and nothing is logged twice', async () => {
    const body = multipart(csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '500', '']]), 'dry.csv');
    expect((await app.request('/api/imports?dryRun=true', { method: 'POST', headers: auth, body })).status).toBe(200);
    const all = importLines();
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ outcome: 'checked', dryRun: true, fileName: 'dry.csv', batchId: null, changed: 1 });
  });
});
