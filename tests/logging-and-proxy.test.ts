/**
 * Structured logs and running behind a proxy (issue 9): one JSON line per request and per import
 * with the documented fields and never a password, cookie or token; X-Forwarded-* believed only when
 * KPI_TRUST_PROXY=1 says a proxy is in front.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app';
import { loadConfig } from '../server/platform/config';
import { IN_PROCESS_CALLER } from '../server/platform/http/auth';
import { createLogger } from '../server/platform/log';
import { createUser } from '../server/modules/auth/users';
import { createTestDb, csv, header, type TestDb } from './helpers/test-db';
import { multipart } from './helpers/test-app';

const password = 'Very-secret-passw0rd-ไทย';

function appWith(env: Record<string, string>) {
  const t: TestDb = createTestDb();
  const lines: string[] = [];
  const config = { ...loadConfig(env), dbPath: t.path };
  const app = createApp({ db: t.db, config, mapAttribution: 'test', log: createLogger(config.logLevel, (l) => lines.push(l)) });
  return { t, app, lines };
}

async function signIn(app: ReturnType<typeof createApp>, t: TestDb, headers: Record<string, string> = {}) {
  if (!t.db.$client.prepare(`select 1 from users where username = 'log.staff'`).get()) {
    await createUser(t.db, { username: 'log.staff', displayName: 'log staff', role: 'staff', provinceIso: null, password });
  }
  const res = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username: 'log.staff', password }) });
  expect(res.status).toBe(200);
  return { res, cookie: res.headers.get('set-cookie')!, csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
}

describe('structured logs', () => {
  let s: ReturnType<typeof appWith>;
  let session: Awaited<ReturnType<typeof signIn>>;
  beforeAll(async () => {
    s = appWith({ KPI_LOG_LEVEL: 'info' });
    session = await signIn(s.app, s.t);
    const auth = { cookie: session.cookie.split(';')[0]!, 'x-csrf-token': session.csrfToken };
    expect((await s.app.request('/api/rounds/2566/6/summary', { headers: auth })).status).toBe(200);
    expect((await s.app.request('/api/rounds/2566/6/provinces/TH-99', { headers: auth })).status).toBe(404);
    const rows = [[2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, 449.21, '']];
    expect((await s.app.request('/api/imports', { method: 'POST', headers: auth, body: multipart(csv([header, ...rows]), 'round.csv') })).status).toBe(200);
    expect((await s.app.request('/api/imports', { method: 'POST', headers: auth, body: multipart(csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', 1, 2, 3, -1, '']]), 'bad.csv') })).status).toBe(422);
  });
  afterAll(() => s.t.close());

  const parsed = () => s.lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  it('writes one JSON line per request with method, route pattern, status, ms and user id', () => {
    const requests = parsed().filter((l) => l.msg === 'request').slice(0, 5);
    expect(requests).toHaveLength(5);
    const [login, summary, missing, imported, rejected] = requests;
    expect(login).toMatchObject({ level: 'info', method: 'POST', route: '/api/auth/login', status: 200, userId: null });
    const userId = (s.t.db.$client.prepare(`select id from users where username = 'log.staff'`).get() as { id: number }).id;
    expect(summary).toMatchObject({ method: 'GET', route: '/api/rounds/:year/:round/summary', status: 200, userId });
    expect(missing).toMatchObject({ route: '/api/rounds/:year/:round/provinces/:iso', status: 404, userId });
    expect(imported).toMatchObject({ method: 'POST', route: '/api/imports', status: 200, userId });
    expect(rejected).toMatchObject({ route: '/api/imports', status: 422 });
    for (const r of requests) {
      expect(typeof r.ms).toBe('number');
      expect(Date.parse(r.time as string)).not.toBeNaN();
    }
  });

  it('logs a request the server makes of itself (the PDF warm-up) with its caller named and no user id', async () => {
    const before = s.lines.length;
    const caller = { user: { id: 0, username: 'pdf-warm-up', displayName: 'PDF warm-up', role: 'staff' as const, provinceIso: null, active: true, mustChangePassword: false }, csrfToken: '', tokenHash: '', expiresAt: '9999-12-31T23:59:59.999Z' };
    expect((await s.app.request('/api/rounds/2566/6/summary', undefined, { [IN_PROCESS_CALLER]: caller })).status).toBe(200);
    const line = s.lines.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'request');
    expect(line).toMatchObject({ route: '/api/rounds/:year/:round/summary', status: 200, userId: null, caller: 'pdf-warm-up' });
  });

  it('writes one line per import with its outcome and counts', () => {
    const imports = parsed().filter((l) => l.msg === 'import');
    expect(imports).toHaveLength(2);
    expect(imports[0]).toMatchObject({ level: 'info', ok: true, fileName: 'round.csv', rows: 1, new: 1, errors: 0, dryRun: false });
    expect(imports[0]!.batchId).toBeTypeOf('number');
    expect(imports[1]).toMatchObject({ level: 'warn', ok: false, fileName: 'bad.csv', errors: 1, firstError: 'VALUE_OUT_OF_RANGE', batchId: null });
  });

  it('never logs the password, the session cookie, the CSRF token or a query string', () => {
    const all = s.lines.join('\n');
    const token = session.cookie.split(';')[0]!.split('=')[1]!;
    expect(token.length).toBeGreaterThan(10);
    expect(all).not.toContain(password);
    expect(all).not.toContain(token);
    expect(all).not.toContain(session.csrfToken);
    expect(all).not.toMatch(/TH-99|cookie/i);
  });

  it('redacts secret-looking fields whatever a caller passes, and honours the level', () => {
    const out: string[] = [];
    const log = createLogger('warn', (l) => out.push(l));
    log.info('quiet', { a: 1 });
    log.warn('loud', { password: 'x1', sessionToken: 'x2', Cookie: 'x3', user: 'u' });
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!)).toMatchObject({ level: 'warn', msg: 'loud', password: '[redacted]', sessionToken: '[redacted]', Cookie: '[redacted]', user: 'u' });
    const none: string[] = [];
    createLogger('silent', (l) => none.push(l)).error('x');
    expect(none).toEqual([]);
  });

  it('writes one line per PDF batch job when it finishes', async () => {
    // A round with no results yet: the job finishes without a browser, which is all the log line needs.
    const auth = { cookie: session.cookie.split(';')[0]!, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
    const res = await s.app.request('/api/notice-batches', { method: 'POST', headers: auth, body: JSON.stringify({ year: 2565, round: 12, format: 'zip' }) });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    await expect.poll(() => parsed().find((l) => l.msg === 'pdf job'), { timeout: 30_000 }).toBeDefined();
    expect(parsed().find((l) => l.msg === 'pdf job')).toMatchObject({ level: 'info', job: id, year: 2565, round: 12, format: 'zip', state: 'done', notices: 0, by: 'log.staff' });
  });

  it('refuses an unknown log level at start-up', () => {
    expect(() => loadConfig({ KPI_LOG_LEVEL: 'verbose' })).toThrow(/KPI_LOG_LEVEL/);
  });
});

describe('behind a reverse proxy', () => {
  const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.7, 203.0.113.9' };
  const lastIp = (t: TestDb) => (t.db.$client.prepare(`select ip from audit_log where action = 'auth.login' order by id desc limit 1`).get() as { ip: string | null } | undefined)?.ip;

  it('without KPI_TRUST_PROXY, X-Forwarded-Proto does not make the cookie Secure and X-Forwarded-For is not the address', async () => {
    const s = appWith({ KPI_LOG_LEVEL: 'silent' });
    try {
      const { cookie } = await signIn(s.app, s.t, forwarded);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).not.toMatch(/;\s*Secure/i);
      expect(lastIp(s.t)).not.toBe('203.0.113.9');
    } finally {
      s.t.close();
    }
  });

  it('with KPI_TRUST_PROXY=1, the proxy’s https makes the cookie Secure and its last X-Forwarded-For entry is the address', async () => {
    const s = appWith({ KPI_LOG_LEVEL: 'silent', KPI_TRUST_PROXY: '1' });
    try {
      const { cookie } = await signIn(s.app, s.t, forwarded);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(lastIp(s.t)).toBe('203.0.113.9');
      const plain = await signIn(s.app, s.t, { 'x-forwarded-proto': 'http' });
      expect(plain.cookie).not.toMatch(/;\s*Secure/i);
    } finally {
      s.t.close();
    }
  });

  it('refuses a KPI_TRUST_PROXY that is not 0 or 1', () => {
    expect(() => loadConfig({ KPI_TRUST_PROXY: 'yes' })).toThrow(/KPI_TRUST_PROXY/);
  });
});
