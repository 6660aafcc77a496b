/**
 * The request path's memos (sessions per data version in modules/auth/sessions.ts, whole answers of
 * repeated cached reads in platform/http/read-memo.ts) stay correct when the change comes from another
 * connection to the same SQLite file — as a second server process or the CLI would make it — and when
 * only time passes. Real app, real file, a real second better-sqlite3 connection.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dataDir } from '../server/bootstrap';
import { SESSION_HOURS } from '../server/modules/auth/sessions';
import { loadDemoData } from '../server/modules/imports/demo';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
/** Another connection to the same file: its commits reach the app only through PRAGMA data_version. */
let other: Database.Database;
beforeAll(async () => {
  t = createTestApp();
  await loadDemoData(t.db, join(dataDir, 'demo'));
  other = new Database(t.path);
  other.pragma('busy_timeout = 5000');
});
afterAll(() => {
  other?.close();
  t?.close();
});

const summary = '/api/rounds/2566/6/summary';
const browser = { 'accept-encoding': 'br, gzip' };

/** Reads the route until its answer is certainly kept whole (the first read fills the caches, the second is kept). */
async function warm(request: (path: string, init?: RequestInit) => Promise<Response>, path: string) {
  for (let i = 0; i < 3; i++) expect((await request(path, { headers: browser })).status).toBe(200);
}

describe('a session revoked through another connection', () => {
  it('is refused on the next request, on a cached read answered whole and on an uncached route', async () => {
    const staff = await t.signIn('staff');
    await warm(staff.request, summary);
    await warm(staff.request, '/api/auth/me');
    // Sign-out as another process would do it: the row goes, this process's memory is not told.
    other.prepare("delete from sessions where user_id = (select id from users where username = 'test-staff')").run();
    expect((await staff.request(summary, { headers: browser })).status).toBe(401);
    expect((await staff.request('/api/auth/me')).status).toBe(401);
  });

  it('loses its rights at once when another connection deactivates the user or changes its province', async () => {
    const user = await t.signIn('province', 'TH-15');
    await warm(user.request, '/api/rounds/2566/6/provinces/TH-15');
    expect((await user.request('/api/rounds/2566/6/provinces/TH-10')).status).toBe(403);
    other.prepare("update users set province_iso = 'TH-10' where username = ?").run(user.username);
    expect((await user.request('/api/rounds/2566/6/provinces/TH-15', { headers: browser })).status).toBe(403);
    expect((await user.request('/api/rounds/2566/6/provinces/TH-10', { headers: browser })).status).toBe(200);
    other.prepare('update users set active = 0 where username = ?').run(user.username);
    expect((await user.request('/api/rounds/2566/6/provinces/TH-10', { headers: browser })).status).toBe(401);
  });

  it('is refused once expired, though nothing was written (time alone ends a session), and deleted', async () => {
    const viewer = await t.signIn('viewer');
    await warm(viewer.request, summary);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + (SESSION_HOURS + 1) * 3600_000);
      expect((await viewer.request(summary, { headers: browser })).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
    const left = other.prepare('select count(*) as n from sessions where user_id = (select id from users where username = ?)').get(viewer.username) as { n: number };
    expect(left.n).toBe(0);
  });
});

describe('whole answers of repeated cached reads', () => {
  it('are the same bytes and headers as the answer given the long way', async () => {
    const staff = await t.signIn('admin');
    const first = await staff.request(summary, { headers: browser });
    const firstBody = new Uint8Array(await first.arrayBuffer());
    const kept = await staff.request(summary, { headers: browser });
    const keptBody = new Uint8Array(await kept.arrayBuffer());
    expect(keptBody).toEqual(firstBody);
    const headers = (r: Response) => Object.fromEntries([...r.headers].filter(([k]) => k !== 'date'));
    expect(headers(kept)).toEqual(headers(first));
    expect(kept.headers.get('content-encoding')).toBe('br');
    expect(kept.headers.get('etag')).toMatch(/^W\//);
    expect(kept.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('follow a commit by another connection: the next read is no longer the kept answer', async () => {
    const staff = await t.signIn('staff');
    await warm(staff.request, '/api/rounds/2566/6/items');
    const kept = (await staff.request('/api/rounds/2566/6/items', { headers: browser })).headers.get('etag')!;
    other.prepare("update results set note = coalesce(note, '') || ' memo-test' where id = (select min(id) from results)").run();
    const next = await staff.request('/api/rounds/2566/6/items', { headers: browser });
    expect(next.status).toBe(200);
    // The tag carries the data version: a stale kept answer would still carry the old one.
    expect(next.headers.get('etag')).not.toBe(kept);
    // And a revisit with the old tag gets the new body, not a 304.
    expect((await staff.request('/api/rounds/2566/6/items', { headers: { ...browser, 'if-none-match': kept } })).status).toBe(200);
  });

  it('are never given to another caller, whoever asked first', async () => {
    const staff = await t.signIn('staff');
    const provinceUser = await t.signIn('province', 'TH-20');
    await warm(staff.request, '/api/rounds/2566/6/items');
    const own = (await (await provinceUser.request('/api/rounds/2566/6/items')).json()) as { items: { iso: string }[] } | { iso: string }[];
    const items = Array.isArray(own) ? own : own.items;
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.iso))).toEqual(new Set(['TH-20']));
  });
});

describe('the route declarations the request path reads', () => {
  it('parses path parameters once: a bad one is 422 in the envelope, a good one reaches the handler', async () => {
    const staff = await t.signIn('staff');
    const bad = await staff.request('/api/rounds/25x6/6/summary');
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBeTruthy();
    expect((await staff.request('/api/rounds/2566/6/indicators/ECO-05')).status).toBe(200);
  });

  it('gives every API answer one Cache-Control: no-store untagged, private no-cache tagged, even for a refusal before sign-in', async () => {
    const anonymous = await t.app.request('/api/rounds/2566/6/summary');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('cache-control')).toBe('no-store');
    const tooBig = await t.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) }, body: 'x'.repeat(70 * 1024) });
    expect(tooBig.status).toBe(413);
    expect(tooBig.headers.get('cache-control')).toBe('no-store');
  });
});
