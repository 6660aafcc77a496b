/**
 * The audit trail: imports, rollbacks, sign-in failures and account changes each write an
 * append-only row with who, when, what, before and after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csv, header } from './helpers/test-db';
import { openAppWithStaffAndAdmin } from './helpers/demo-app';
import { multipart, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let staff: Session;
let admin: Session;
beforeAll(async () => ({ t, staff, admin } = await openAppWithStaffAndAdmin()));
afterAll(() => t.close());

const upload = (rows: (string | number)[][], name: string) => staff.request('/api/imports', { method: 'POST', body: multipart(csv([header, ...rows]), name) });
const audit = async (query = '') => ((await (await admin.request(`/api/audit${query}`)).json()) as { total: number; rows: any[] }).rows;
const value = () => (t.db.$client.prepare(`select value from results`).get() as { value: number }).value;

describe('audit trail', () => {
  it('records an import batch with its counts, and value-level changes are readable per batch', async () => {
    const first = (await (await upload([[2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, 449.21, '']], 'first.csv')).json()) as any;
    const second = (await (await upload([[2566, 6, 'อ่างทอง', 'ECO-05', '', '', '', '', 500, '']], 'second.csv')).json()) as any;
    const rows = await audit('?action=import');
    expect(rows.map((r) => [r.action, r.batchId, r.actorUsername])).toEqual([
      ['import.commit', second.batchId, 'test-staff'],
      ['import.commit', first.batchId, 'test-staff'],
    ]);
    expect(rows[0].after).toMatchObject({ fileName: 'second.csv', rowsChanged: 1 });
    const changes = (await (await staff.request(`/api/imports/${second.batchId}/changes`)).json()) as any;
    expect(changes.changes).toEqual([
      { kind: 'result', iso: 'TH-15', indicatorCode: 'ECO-05', component: null, year: 2566, round: 6, before: { kind: 'value', value: 449.21 }, after: { kind: 'value', value: 500 } },
    ]);
  });

  it('rolls a batch back, restoring the previous value, and audits the rollback; refuses twice and out of order', async () => {
    const third = (await (await upload([[2566, 6, 'อ่างทอง', 'ECO-05', '', '', '', '', 600, '']], 'third.csv')).json()) as any;
    const batches = ((await (await staff.request('/api/imports')).json()) as any).batches;
    const second = batches.find((b: any) => b.fileName === 'second.csv').id;
    expect((await staff.request(`/api/imports/${second}/rollback`, { method: 'POST' })).status).toBe(409); // third changed the same row since
    const res = await staff.request(`/api/imports/${third.batchId}/rollback`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(value()).toBe(500);
    expect((await staff.request(`/api/imports/${third.batchId}/rollback`, { method: 'POST' })).status).toBe(409);
    expect((await staff.request(`/api/imports/${second}/rollback`, { method: 'POST' })).status).toBe(200);
    expect(value()).toBe(449.21);
    const rows = await audit('?action=import.rollback');
    expect(rows.map((r) => r.batchId)).toEqual([second, third.batchId]);
    expect(rows[0]).toMatchObject({ actorUsername: 'test-staff', entityType: 'import_batch' });
  });

  it('rolling back a batch that created rows removes them', async () => {
    const created = (await (await upload([[2566, 6, 'ชลบุรี', 'ECO-05', '', 1000, 1100, 1200, 900, '']], 'new.csv')).json()) as any;
    const count = () => (t.db.$client.prepare('select count(*) as n from results').get() as { n: number }).n;
    const before = count();
    expect((await staff.request(`/api/imports/${created.batchId}/rollback`, { method: 'POST' })).status).toBe(200);
    expect(count()).toBe(before - 1);
    expect(t.db.$client.prepare(`select count(*) as n from assignments where province_iso = 'TH-20'`).get()).toEqual({ n: 0 });
  });

  it('records failed sign-ins and account changes with before and after', async () => {
    await t.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'test-staff', password: 'wrong' }) });
    const failed = await audit('?action=auth.login_failed');
    expect(failed[0]).toMatchObject({ actorUsername: 'test-staff', entityType: 'user' });

    const created = (await (await admin.request('/api/users', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'new.province', displayName: 'จังหวัดใหม่', role: 'province', provinceIso: 'TH-15' }) })).json()) as any;
    expect(created.oneTimePassword).toHaveLength(24);
    await admin.request(`/api/users/${created.user.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'viewer' }) });
    const changes = await audit('?entityType=user&action=user.');
    expect(changes[0]).toMatchObject({ action: 'user.role_change', actorUsername: 'test-admin', before: { role: 'province', provinceIso: 'TH-15' }, after: { role: 'viewer', provinceIso: null } });
    expect(changes[1]).toMatchObject({ action: 'user.create', after: { username: 'new.province' } });
  });

  it('is append-only: the database refuses to change or delete audit rows', () => {
    expect(() => t.db.$client.prepare(`update audit_log set actor_username = 'someone else'`).run()).toThrow(/append-only/);
    expect(() => t.db.$client.prepare(`delete from audit_log`).run()).toThrow(/append-only/);
  });
});

describe('sign-in', () => {
  it('rate-limits repeated failures, sets an HttpOnly SameSite cookie, and logout ends the session', async () => {
    const attempt = (password: string) => t.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'test-admin', password }) });
    const ok = await attempt('password-for-test-admin');
    expect(ok.headers.get('set-cookie')).toMatch(/HttpOnly/);
    expect(ok.headers.get('set-cookie')).toMatch(/SameSite=Lax/);
    expect(ok.headers.get('x-frame-options') ?? ok.headers.get('content-security-policy')).toBeTruthy();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await attempt('wrong')).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await attempt('password-for-test-admin');
    expect(limited.status).toBe(429); // even the right password waits
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    const overHttps = await t.app.request('https://kpi.example/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'test-staff', password: 'password-for-test-staff' }) });
    expect(overHttps.headers.get('set-cookie')).toMatch(/Secure/);
    expect(ok.headers.get('set-cookie')).not.toMatch(/Secure/); // plain http on localhost: a Secure cookie would never be sent back

    const session = await t.signIn('viewer');
    expect((await session.request('/api/auth/logout', { method: 'POST' })).status).toBe(200);
    expect((await session.request('/api/rounds')).status).toBe(401);
  });
});
