/**
 * `npm start`'s server process for real: a fresh database file gets migrated, the demo data loaded,
 * the administrator created with a one-time password printed once, and the API answers on the port
 * it printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './helpers/server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.stop());

const login = (username: string, password: string) =>
  fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

describe('server start-up on an empty database', () => {
  it('loads the demo data, creates the admin with a one-time password printed once, and serves the API on the printed port', async () => {
    const output = server.output();
    expect(output).toContain('Empty database: loading the demo data');
    const password = /one-time password \(shown only now\):\s+(\S+)/.exec(output)?.[1];
    expect(password).toBeTruthy();
    expect(output).toContain('Demo accounts');
    expect((await fetch(`${server.baseUrl}/api/rounds`)).status).toBe(401);
    const staff = await login('opdc.staff', 'demo-staff-2566');
    expect(staff.status).toBe(200);
    const cookie = staff.headers.get('set-cookie')!.split(';')[0]!;
    const admin = await login('admin', password!);
    expect((await admin.json()) as object).toMatchObject({ role: 'admin', mustChangePassword: true });
    const rounds = (await (await fetch(`${server.baseUrl}/api/rounds`, { headers: { cookie } })).json()) as { rounds: { results: number }[] };
    expect(rounds.rounds.every((r) => r.results > 0)).toBe(true);
    expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
    const missing = await fetch(`${server.baseUrl}/api/rounds/2566/6/provinces/TH-99`, { headers: { cookie } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/json');
  });
});
