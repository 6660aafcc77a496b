/** The real app over a real temp SQLite file, called through `app.request` (no network, no mocks). */
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { createTestDb, type TestDb } from './test-db';

export function createTestApp(env: Record<string, string> = {}) {
  const t: TestDb = createTestDb();
  const config = { ...loadConfig({ ...env }), dbPath: t.path };
  const app = createApp({ db: t.db, config, mapAttribution: 'test attribution' });
  return { app, ...t, config };
}

export function multipart(bytes: Uint8Array, fileName: string, field = 'file'): FormData {
  const form = new FormData();
  form.append(field, new File([bytes as Uint8Array<ArrayBuffer>], fileName));
  return form;
}
