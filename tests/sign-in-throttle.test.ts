/**
 * Sign-in throttling on a real server over a real database file (issue 9 §4). Requests come from
 * different loopback addresses (127.0.0.x as the socket's local address), as different offices would.
 */
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../server/bootstrap';
import { createUser } from '../server/modules/auth/users';
import { readReferenceData, syncReferenceData } from '../server/modules/reference/load';
import { openDatabase } from '../server/platform/db/client';
import { startServer, type RunningServer } from './helpers/server';

const PASSWORD = 'correct-horse-2566';
let dir: string;
let dbPath: string;
let server: RunningServer;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

function send(from: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.baseUrl}${path}`, { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const signIn = (from: string, username: string, password: string) => send(from, '/api/auth/login', { username, password });

async function statuses(n: number, attempt: () => Promise<Answer>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await attempt()).status);
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kpi-throttle-'));
  dbPath = join(dir, 'kpi.sqlite');
  const db = openDatabase(dbPath);
  syncReferenceData(db, readReferenceData(dataDir));
  for (const username of ['clerk', 'clerk2']) await createUser(db, { username, displayName: username, role: 'staff', provinceIso: null, password: PASSWORD });
  db.$client.close();
  server = await startServer({ dbPath, env: { KPI_DEMO: 'off' } });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('sign-in throttle', () => {
  it('makes a guessing address wait (429, Retry-After) while the right password from another address still works', async () => {
    expect(await statuses(5, () => signIn('127.0.0.2', 'clerk', 'wrong'))).toEqual([401, 401, 401, 401, 401]);
    const refused = await signIn('127.0.0.2', 'clerk', PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.error.message).toMatch(/try again/);
    expect(refused.body.error.messageTh).toMatch(/ลองใหม่/);
    expect((await signIn('127.0.0.3', 'clerk', PASSWORD)).status).toBe(200);
  });

  it('does not reset an address count on a successful sign-in from it', async () => {
    // 30 failures per address before it waits; a success in the middle (an account the guesser owns) must not reset them.
    const from = '127.0.0.4';
    const guesses = (n: number, offset: number) => statuses(n, () => signIn(from, `nobody${offset + Math.floor(Math.random() * 1e9)}`, 'wrong'));
    expect(new Set(await guesses(20, 0))).toEqual(new Set([401]));
    expect((await signIn(from, 'clerk2', PASSWORD)).status).toBe(200);
    expect(new Set(await guesses(10, 100))).toEqual(new Set([401]));
    expect((await signIn(from, 'clerk2', PASSWORD)).status).toBe(429);
    expect((await signIn('127.0.0.5', 'clerk2', PASSWORD)).status).toBe(200);
  });

  it('throttles wrong current passwords on the password change, and counts them with sign-in', async () => {
    const from = '127.0.0.6';
    const session = await signIn(from, 'clerk2', PASSWORD);
    expect(session.status).toBe(200);
    const cookie = String(session.headers['set-cookie']).split(';')[0]!;
    const change = (currentPassword: string) => send(from, '/api/auth/password', { currentPassword, newPassword: 'a-new-password-2567' }, { cookie, 'x-csrf-token': session.body.csrfToken });
    expect(await statuses(5, () => change('wrong'))).toEqual([401, 401, 401, 401, 401]);
    const refused = await change(PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signIn(from, 'clerk2', PASSWORD)).status).toBe(429); // the same username-from-address key
  });

  it('keeps the counts across a restart (they are in the database)', async () => {
    const from = '127.0.0.7';
    expect(await statuses(4, () => signIn(from, 'clerk', 'wrong'))).toEqual([401, 401, 401, 401]);
    await server.stop();
    server = await startServer({ dbPath, env: { KPI_DEMO: 'off' } });
    // The fifth failure is the last before a wait only if the first four survived the restart.
    expect((await signIn(from, 'clerk', 'wrong')).status).toBe(401);
    expect((await signIn(from, 'clerk', PASSWORD)).status).toBe(429);
  }, 180_000);
});
