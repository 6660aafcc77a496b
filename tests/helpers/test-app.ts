/** The real app over a real temp SQLite file, called through `app.request` (no network, no mocks). */
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import { createUser, type Role } from '../../server/modules/auth/users';
import { createTestDb, type TestDb } from './test-db';

export type TestApp = ReturnType<typeof createTestApp>;

/** A signed-in client: every request carries the session cookie and the CSRF header. */
export interface Session {
  username: string;
  cookie: string;
  csrfToken: string;
  request(path: string, init?: RequestInit): Promise<Response>;
}

export function createTestApp(env: Record<string, string> = {}) {
  const t: TestDb = createTestDb();
  // Quiet unless a test asks for log lines (tests/logging-and-proxy.test.ts captures them itself).
  const config = { ...loadConfig({ KPI_LOG_LEVEL: 'silent', ...env }), dbPath: t.path };
  const app = createApp({ db: t.db, config, mapAttribution: 'test attribution' });

  /** Creates (once) a user of that role and signs in through POST /api/auth/login. */
  async function signIn(role: Role, provinceIso: string | null = null): Promise<Session> {
    const username = `test-${role}${provinceIso ? `-${provinceIso.toLowerCase()}` : ''}`;
    const password = `password-for-${username}`;
    if (!t.db.$client.prepare('select 1 from users where username = ?').get(username)) {
      await createUser(t.db, { username, displayName: username, role, provinceIso, password });
    }
    const res = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return {
      username,
      cookie,
      csrfToken,
      request: async (path, init = {}) => {
        const headers = new Headers(init.headers);
        headers.set('cookie', cookie);
        if (!headers.has('x-csrf-token')) headers.set('x-csrf-token', csrfToken);
        return app.request(path, { ...init, headers });
      },
    };
  }

  return { app, ...t, config, signIn };
}

export function multipart(bytes: Uint8Array, fileName: string, field = 'file'): FormData {
  const form = new FormData();
  form.append(field, new File([bytes as Uint8Array<ArrayBuffer>], fileName));
  return form;
}
