/**
 * The background PDF warm-up (server/modules/notices/pdf/warm.ts): it prints one real notice and
 * leaves its page pooled, it never writes, and a print asked for while it runs joins it (takes the
 * warm page) instead of opening a second page and loading the notice's shell cold beside it.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../server/bootstrap';
import { loadDemoData } from '../server/modules/imports/demo';
import { printShell } from '../server/modules/notices/pdf/print-html';
import { closeNoticeRenderer, NoticeRenderer, noticeRenderer } from '../server/modules/notices/pdf/renderer';
import { roundsToWarm, warmNoticePrinting, type InProcessApp } from '../server/modules/notices/pdf/warm';
import { createTestApp } from './helpers/test-app';

let t: ReturnType<typeof createTestApp>;
const renderers: NoticeRenderer[] = [];
const renderer = () => {
  const r = new NoticeRenderer({ concurrency: 2 });
  renderers.push(r);
  return r;
};
const changes = () => (t.db.$client.prepare('select total_changes() as n').get() as { n: number }).n;
const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

beforeAll(async () => {
  t = createTestApp();
  await loadDemoData(t.db, join(dataDir, 'demo'));
});
afterAll(async () => {
  await Promise.all(renderers.map((r) => r.close()));
});

describe('the PDF warm-up', () => {
  it('prints a notice of the newest round and, that being a year-end round, of the newest 6-month round (its drafting states the outlook)', () => {
    expect(roundsToWarm(t.db)).toEqual([expect.objectContaining({ year: 2566, round: 12 }), expect.objectContaining({ year: 2566, round: 6 })]);
  });

  it('prints a real notice, keeps its page for the next print, and writes nothing', async () => {
    const r = renderer();
    const before = changes();
    await warmNoticePrinting(t.db, r);
    expect(changes()).toBe(before);
    expect(r.pooledPages).toBe(1);
    const bytes = await r.print({ shell: printShell(), pageStyle: '@page{size:A4}', body: '<p>ทดสอบ</p>' });
    expect(isPdf(bytes)).toBe(true);
    expect(r.pooledPages).toBe(1); // the warm page was reused, not a second one opened
  }, 120_000);

  it('makes a print asked for meanwhile wait for it and reuse its page (concurrency 2 would otherwise open a second)', async () => {
    const r = renderer();
    const order: string[] = [];
    const doc = { shell: printShell(), pageStyle: '@page{size:A4}', body: '<p>ก <b>ก</b></p>' };
    const warming = r.warm(async () => {
      await r.print(doc);
      order.push('warm-up printed');
    });
    const asked = r.print(doc).then((bytes) => (order.push('request printed'), bytes));
    const [, bytes] = await Promise.all([warming, asked]);
    expect(isPdf(bytes)).toBe(true);
    expect(order).toEqual(['warm-up printed', 'request printed']);
    expect(r.pooledPages).toBe(1);
  }, 120_000);

  it('does not hold back prints when it fails: they start what they need themselves', async () => {
    const r = renderer();
    const warming = r.warm(async () => {
      throw new Error('no data to print');
    });
    // Its failure is taken at once, so it is never an unhandled rejection while the print runs.
    const failure = warming.then(() => null, (e: unknown) => e);
    const bytes = await r.print({ shell: printShell(), pageStyle: '', body: '<p>ก</p>' });
    expect(await failure).toEqual(new Error('no data to print'));
    expect(isPdf(bytes)).toBe(true);
  }, 120_000);

  it('given the app, prints through the notice route itself as an in-process staff caller, and still writes nothing', async () => {
    const asked: { path: string; status: number; type: string | null }[] = [];
    const app: InProcessApp = {
      request: async (path, init, env) => {
        const res = await t.app.request(path, init, env);
        asked.push({ path, status: res.status, type: res.headers.get('content-type') });
        return res;
      },
    };
    const before = changes();
    try {
      await warmNoticePrinting(t.db, noticeRenderer(), app);
    } finally {
      await closeNoticeRenderer();
    }
    expect(changes()).toBe(before); // no session, audit, notice or draft row
    // Four provinces per warmed round (2566 round 12, then round 6), each a PDF the route answered.
    expect(asked.map((a) => a.path.replace(/TH-\d\d/, 'TH-xx'))).toEqual([...Array(4).fill('/api/notices/2566/12/TH-xx.pdf'), ...Array(4).fill('/api/notices/2566/6/TH-xx.pdf')]);
    expect(asked.every((a) => a.status === 200 && a.type === 'application/pdf')).toBe(true);
  }, 240_000);

  it('no HTTP request can present the in-process caller: without a session the notice route refuses', async () => {
    const res = await t.app.request('/api/notices/2566/6/TH-15.pdf');
    expect(res.status).toBe(401);
  });
});
