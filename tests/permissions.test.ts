/**
 * The permission matrix: every API route × every role × own/other province, asserting the status;
 * and that a province user receives no other province's data from any list or summary.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../server/bootstrap';
import { loadDemoData } from '../server/modules/imports/demo';
import { closeNoticeRenderer } from '../server/modules/notices';
import { registeredRules } from '../server/platform/http/guard';
import { csv, header } from './helpers/test-db';
import { createTestApp, multipart, type Session } from './helpers/test-app';

type Who = 'anonymous' | 'admin' | 'staff' | 'viewer' | 'provinceOwn' | 'provinceOther';
const everyone: Who[] = ['anonymous', 'admin', 'staff', 'viewer', 'provinceOwn', 'provinceOther'];

let t: ReturnType<typeof createTestApp>;
const sessions = {} as Record<Exclude<Who, 'anonymous'>, Session>;
const OWN = 'TH-15';
const OTHER = 'TH-20';

beforeAll(async () => {
  t = createTestApp();
  await loadDemoData(t.db, join(dataDir, 'demo'));
  sessions.admin = await t.signIn('admin');
  sessions.staff = await t.signIn('staff');
  sessions.viewer = await t.signIn('viewer');
  sessions.provinceOwn = await t.signIn('province', OWN);
  sessions.provinceOther = await t.signIn('province', OTHER);
  // Issue TH-15's notice so that governors have something to read; TH-16's stays a draft.
  for (const action of ['review', 'issue']) {
    const res = await sessions.staff.request('/api/notices/2566/6/actions', jsonBody({ action, isos: [OWN] }));
    expect(res.status).toBe(200);
  }
});
afterAll(async () => {
  await closeNoticeRenderer();
  t.close();
});

function call(who: Who, path: string, init?: RequestInit) {
  return who === 'anonymous' ? t.app.request(path, init) : sessions[who].request(path, init);
}

const jsonBody = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const dryRunUpload = (): RequestInit => ({
  method: 'POST',
  body: multipart(csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '', '', '', '460', '']]), 'dry.csv'),
});

/** Expected status by caller. `provinceOwn` is bound to TH-15 and `provinceOther` to TH-20; paths name TH-15. */
const matrix: { method: string; path: string; init?: () => RequestInit; expect: Record<Who, number> }[] = [
  { method: 'GET', path: '/api/health', expect: { anonymous: 200, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 200 } },
  { method: 'GET', path: '/api/openapi.json', expect: { anonymous: 200, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 200 } },
  { method: 'GET', path: '/api/docs', expect: { anonymous: 200, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 200 } },
  { method: 'GET', path: '/api/auth/me', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 200 } },
  { method: 'POST', path: '/api/auth/password', init: () => jsonBody({ currentPassword: 'wrong-password', newPassword: 'a-new-password-123' }), expect: { anonymous: 401, admin: 401, staff: 401, viewer: 401, provinceOwn: 401, provinceOther: 401 } },
  { method: 'GET', path: '/api/rounds', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 200 } },
  { method: 'GET', path: '/api/indicators', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 200 } },
  { method: 'GET', path: '/api/provinces', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 200 } },
  { method: 'GET', path: '/api/rounds/2566/6/summary', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 200 } },
  { method: 'GET', path: '/api/rounds/2566/6/indicators/ECO-05', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 200 } },
  { method: 'GET', path: `/api/rounds/2566/6/provinces/${OWN}`, expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 403 } },
  { method: 'GET', path: `/api/provinces/${OWN}/history`, expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 403 } },
  { method: 'GET', path: '/api/rounds/2566/6/items', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 200 } },
  // early warning (issue 11): round-wide routes scoped in the handler; the backtest pools every province
  { method: 'GET', path: '/api/rounds/2566/6/outlook', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 200 } },
  { method: 'GET', path: `/api/rounds/2566/6/provinces/${OWN}/outlook`, expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 403 } },
  { method: 'GET', path: '/api/rounds/2566/6/changes?against=previous-year', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 200 } },
  { method: 'GET', path: '/api/rounds/2566/6/watchlist', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 200 } },
  { method: 'GET', path: '/api/outlook/backtest', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 403, provinceOther: 403 } },
  // notices: TH-15's notice is issued in beforeAll, TH-16's is not
  { method: 'GET', path: '/api/notices/2566/6', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 200 } },
  { method: 'GET', path: `/api/notices/2566/6/${OWN}`, expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 403 } },
  { method: 'GET', path: '/api/notices/2566/6/TH-16', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 404, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: `/api/notices/2566/6/${OWN}/versions/1`, expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 403 } },
  { method: 'GET', path: `/api/notices/2566/6/${OWN}.pdf?version=live`, expect: { anonymous: 401, admin: 200, staff: 200, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: `/api/notices/2566/6/${OWN}.pdf`, expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 403 } },
  { method: 'GET', path: '/api/notices/2566/6/TH-16.pdf', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 404, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: `/api/notices/2566/6/${OWN}/letter.pdf`, expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 200, provinceOther: 403 } },
  { method: 'GET', path: `/api/notices/2566/6/${OWN}/letter.pdf?version=live`, expect: { anonymous: 401, admin: 200, staff: 200, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: '/api/notices/2566/6/TH-16/letter.pdf', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 404, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: '/api/notices/2566/6.zip', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: '/api/notices/2566/6.pdf', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'POST', path: '/api/notices/2566/6/actions', init: () => jsonBody({ action: 'review', isos: ['TH-17'] }), expect: { anonymous: 401, admin: 200, staff: 200, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: '/api/notices/2566/6/annex.pdf', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: '/api/notices/2566/6/recommendations', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 403, provinceOther: 403 } },
  { method: 'PUT', path: '/api/notices/2566/6/recommendations/ECO-05', init: () => ({ ...jsonBody({ text: null }), method: 'PUT' }), expect: { anonymous: 401, admin: 200, staff: 200, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'PUT', path: `/api/notices/2566/6/${OWN}/observations/999999`, init: () => ({ ...jsonBody({ text: 'x' }), method: 'PUT' }), expect: { anonymous: 401, admin: 404, staff: 404, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'POST', path: '/api/notice-batches', init: () => jsonBody({ year: 2566, round: 6, format: 'nonsense' }), expect: { anonymous: 401, admin: 422, staff: 422, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: '/api/notice-batches/00000000-0000-4000-8000-000000000000', expect: { anonymous: 401, admin: 404, staff: 404, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: '/api/notice-batches/00000000-0000-4000-8000-000000000000/file', expect: { anonymous: 401, admin: 404, staff: 404, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: '/api/imports', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'POST', path: '/api/imports?dryRun=true', init: dryRunUpload, expect: { anonymous: 401, admin: 200, staff: 200, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'POST', path: '/api/imports/preview.xlsx', init: dryRunUpload, expect: { anonymous: 401, admin: 200, staff: 200, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'POST', path: '/api/imports/9999/rollback', init: () => ({ method: 'POST' }), expect: { anonymous: 401, admin: 404, staff: 404, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: '/api/imports/1/changes', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 403, provinceOther: 403 } },
  // A province user gets its own province's pre-filled form (scoped by the handler: see api tests).
  { method: 'GET', path: '/api/import-template.xlsx', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 403, provinceOwn: 200, provinceOther: 200 } },
  { method: 'GET', path: '/api/import-template.xlsx?year=2566&round=6', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 403, provinceOwn: 200, provinceOther: 200 } },
  { method: 'GET', path: '/api/import-jobs/00000000-0000-4000-8000-000000000000', expect: { anonymous: 401, admin: 404, staff: 404, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: '/api/audit', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: '/api/audit/export?format=csv', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: '/api/audit/batches/1', expect: { anonymous: 401, admin: 200, staff: 200, viewer: 200, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: '/api/audit/verify', expect: { anonymous: 401, admin: 200, staff: 403, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'GET', path: '/api/users', expect: { anonymous: 401, admin: 200, staff: 403, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'POST', path: '/api/users', init: () => jsonBody({ username: 'x', displayName: '', role: 'staff' }), expect: { anonymous: 401, admin: 422, staff: 403, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'PATCH', path: '/api/users/9999', init: () => ({ ...jsonBody({ active: true }), method: 'PATCH' }), expect: { anonymous: 401, admin: 404, staff: 403, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
  { method: 'POST', path: '/api/users/9999/password', init: () => ({ method: 'POST' }), expect: { anonymous: 401, admin: 404, staff: 403, viewer: 403, provinceOwn: 403, provinceOther: 403 } },
];

describe('permission matrix', () => {
  const cases = matrix.flatMap((m) => everyone.map((who) => [m.method, m.path, who, m.expect[who], m] as const));
  it.each(cases)('%s %s as %s → %i', async (_method, path, who, status, m) => {
    const res = await call(who, path, m.init?.() ?? { method: m.method });
    expect(res.status).toBe(status);
    if (status >= 400) expect(((await res.json()) as { error: { code: string } }).error.code).toBeTypeOf('string');
  });

  it('every route the app registers under /api has a rule declared with it, and every rule is in the matrix', async () => {
    // Hono's own route list: anything registered without defineRoute/guardedGet (so without a rule) shows up here.
    const registered = t.app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && r.path !== '/api/*')
      .map((r) => `${r.method} ${r.path}`);
    const ruled = new Set(registeredRules.keys());
    for (const route of new Set(registered)) expect(ruled, route).toContain(route);
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { 'x-allow'?: string }>> };
    for (const [p, ops] of Object.entries(doc.paths)) for (const [m, op] of Object.entries(ops)) if (!p.includes('.')) expect(op['x-allow'], `${m} ${p}`).toBeTypeOf('string');
    const tested = new Set(matrix.map((m) => m.method + ' ' + m.path.split('?')[0]));
    // ':file{[A-Za-z]{2}-\\d{2}\\.pdf}' → its own pattern; ':iso' → one path segment.
    const asRegex = (path: string) => path.replace(/:\w+\{((?:[^{}]|\{[^{}]*\})*)\}/g, '(?:$1)').replace(/\/:\w+(?=\/|$)/g, '/[^/]+');
    const untested = [...ruled].filter((key) => {
      const [method, path] = key.split(' ') as [string, string];
      return path !== '/api/auth/login' && path !== '/api/auth/logout' && ![...tested].some((x) => new RegExp(`^${method} ${asRegex(path)}$`).test(x));
    });
    expect(untested).toEqual([]);
  });

  it('refuses a state-changing request without the CSRF token, even when signed in', async () => {
    const res = await sessions.staff.request('/api/imports?dryRun=true', { ...dryRunUpload(), headers: { 'x-csrf-token': 'forged' } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).error.code).toBe('CSRF');
  });
});

describe('a province user sees only its own province', () => {
  const isos = (value: unknown): string[] => [...JSON.stringify(value).matchAll(/"iso":"(TH-\d\d)"/g)].map((m) => m[1]!);

  it('summary: counts and lists built from its own items only', async () => {
    const own = (await (await sessions.provinceOwn.request('/api/rounds/2566/6/summary')).json()) as any;
    expect(own.totals.provinces).toBe(1);
    expect(own.totals.items).toBe(10);
    expect(new Set(isos(own))).toEqual(new Set([OWN]));
    const national = (await (await sessions.viewer.request('/api/rounds/2566/6/summary')).json()) as any;
    expect(national.totals.provinces).toBe(76);
  });

  it('indicator view (the map data): only its own row', async () => {
    const body = (await (await sessions.provinceOwn.request('/api/rounds/2566/6/indicators/ECO-05')).json()) as any;
    expect(body.items.map((i: any) => i.iso)).toEqual([OWN]);
    expect(body.counts.belowMin).toBe(1);
    const other = (await (await sessions.provinceOther.request('/api/rounds/2566/6/indicators/ENV-02')).json()) as any;
    expect(other.items).toEqual([]); // ชลบุรี has no water-quality assignment: an empty list, not others' rows
  });

  it('round items (the map data), notices list and history: its own province only', async () => {
    const items = (await (await sessions.provinceOwn.request('/api/rounds/2566/6/items')).json()) as any;
    expect(new Set(items.items.map((i: any) => i.iso))).toEqual(new Set([OWN]));
    const notices = (await (await sessions.provinceOwn.request('/api/notices/2566/6')).json()) as any;
    expect(notices.notices.map((n: any) => n.iso)).toEqual([OWN]);
    const otherNotices = (await (await sessions.provinceOther.request('/api/notices/2566/6')).json()) as any;
    expect(otherNotices.notices).toEqual([]); // ชลบุรี's notice is not issued: nothing to read yet
    const notice = (await (await sessions.provinceOwn.request(`/api/notices/2566/6/${OWN}`)).json()) as any;
    expect(notice.status.state).toBe('issued');
    expect(notice.model.province.iso).toBe(OWN);
  });

  it('outlook, changes and watch list (issue 11): its own province only', async () => {
    for (const path of ['/api/rounds/2566/6/outlook', '/api/rounds/2566/6/changes', '/api/rounds/2566/6/watchlist']) {
      const body = (await (await sessions.provinceOwn.request(path)).json()) as any;
      expect(new Set(isos(body)), path).toEqual(new Set([OWN]));
    }
  });

  it('rounds list: result counts of its own province only', async () => {
    const own = (await (await sessions.provinceOwn.request('/api/rounds')).json()) as any;
    const all = (await (await sessions.staff.request('/api/rounds')).json()) as any;
    const r = (b: any) => b.rounds.find((x: any) => x.year === 2566 && x.round === 6).results;
    expect(r(own)).toBe(10);
    expect(r(all)).toBeGreaterThan(600);
  });
});
