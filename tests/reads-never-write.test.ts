/**
 * A GET never writes: every read route, as staff (who sees drafts) and as a province user, leaves the
 * server connection's `total_changes()` where it was. Notice drafts are computed on the fly for reads
 * and stored only by writes (an edit, a workflow step).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../server/bootstrap';
import { loadDemoData } from '../server/modules/imports/demo';
import { closeNoticeRenderer } from '../server/modules/notices';
import { createTestApp, multipart, type Session } from './helpers/test-app';
import { csv, header } from './helpers/test-db';

let t: ReturnType<typeof createTestApp>;
let staff: Session;
let governor: Session;

const changes = () => (t.db.$client.prepare('select total_changes() as n').get() as { n: number }).n;

beforeAll(async () => {
  t = createTestApp();
  await loadDemoData(t.db, join(dataDir, 'demo'));
  staff = await t.signIn('staff');
  governor = await t.signIn('province', 'TH-15');
  // Issue one notice (a write) so the governor's reads have an issued version to serve.
  for (const action of ['review', 'issue']) {
    const res = await staff.request('/api/notices/2566/6/actions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, isos: ['TH-15'] }) });
    expect(res.status).toBe(200);
  }
  // Then change results after the drafts were last stored: a read must now draft on the fly, not store.
  const file = csv([header, [2566, 6, 'ลพบุรี', 'ECO-05', '', '', '', '', '123.45', ''], [2566, 12, 'ลพบุรี', 'ECO-05', '', '', '', '', '234.56', '']]);
  const res = await staff.request('/api/imports', { method: 'POST', body: multipart(file, 'change.csv') });
  expect(res.status).toBe(200);
});
afterAll(async () => {
  await closeNoticeRenderer();
  t.close();
});

const reads = [
  '/api/health',
  '/api/rounds',
  '/api/indicators?year=2566',
  '/api/provinces',
  '/api/rounds/2566/6/summary',
  '/api/rounds/2566/6/provinces/TH-15',
  '/api/rounds/2566/6/indicators/ECO-05',
  '/api/rounds/2566/6/items',
  '/api/provinces/TH-15/history',
  '/api/notices/2566/6',
  '/api/notices/2566/12',
  '/api/notices/2566/6/TH-16',
  '/api/notices/2566/6/TH-15',
  '/api/notices/2566/6/TH-15/versions/1',
  '/api/notices/2566/6/recommendations',
  '/api/notices/2566/6/TH-16.pdf?version=live',
  '/api/notices/2566/6/TH-15.pdf',
  '/api/imports',
  '/api/imports/1/changes',
  '/api/audit',
  '/api/auth/me',
];

describe('reads never write', () => {
  it.each(reads)('GET %s as staff changes nothing', async (path) => {
    const before = changes();
    const res = await staff.request(path);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(changes()).toBe(before);
  });

  it.each(['/api/rounds/2566/6/summary', '/api/notices/2566/6', '/api/notices/2566/6/TH-15', '/api/notices/2566/6/TH-15.pdf'])('GET %s as a province user changes nothing', async (path) => {
    const before = changes();
    const res = await governor.request(path);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(changes()).toBe(before);
  });

  it('a write still stores the drafts it acts on: editing an observation stores its row', async () => {
    const notice = (await (await staff.request('/api/notices/2566/6/TH-16')).json()) as { model: { items: { assignmentId: number }[] } };
    const id = notice.model.items[0]!.assignmentId;
    const before = changes();
    const res = await staff.request(`/api/notices/2566/6/TH-16/observations/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'ข้อสังเกตที่แก้ไขแล้ว' }) });
    expect(res.status).toBe(200);
    expect(changes()).toBeGreaterThan(before);
    const again = (await (await staff.request('/api/notices/2566/6/TH-16')).json()) as { model: { items: { assignmentId: number; observation: { text: string; edited: boolean } }[] } };
    expect(again.model.items.find((i) => i.assignmentId === id)!.observation).toMatchObject({ text: 'ข้อสังเกตที่แก้ไขแล้ว', edited: true });
  });
});
