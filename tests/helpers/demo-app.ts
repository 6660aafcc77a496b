/**
 * The set-ups the API tests share: a fresh test app with the demo data and a staff session (the notice
 * and PDF tests), a small second round for the round files, and a fresh app with a staff and an admin
 * session (the audit tests). Plain functions
 * called from each file's beforeAll, so a reader sees the file's lifecycle where the tests are.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { createApp } from '../../server/app';
import { dataDir } from '../../server/bootstrap';
import { loadDemoData } from '../../server/modules/imports/demo';
import { openDatabase, type Db } from '../../server/platform/db/client';
import { closeNoticeRenderer } from '../../server/modules/notices/pdf/renderer';
import { createTestApp, multipart, type Session, type TestApp } from './test-app';
import { csv, header } from './test-db';

/** The demo dataset (77 provinces, FY2565–2566) on a fresh SQLite file, with staff signed in. */
export async function openDemoApp(): Promise<{ t: TestApp; staff: Session }> {
  const t = createTestApp();
  await loadDemoData(t.db, join(dataDir, 'demo'));
  return { t, staff: await t.signIn('staff') };
}

/**
 * The demo app, and a second app on a second connection to the same file, as the import CLI or a second
 * server would be: what one writes, the other must show on its very next read (the read caches, the
 * outlook). `close()` closes both.
 */
export async function openDemoAppWithSecondConnection(): Promise<{
  t: TestApp; staff: Session; other: Db; otherApp: ReturnType<typeof createApp>; close(): void;
}> {
  const { t, staff } = await openDemoApp();
  const other = openDatabase(t.path);
  const otherApp = createApp({ db: other, config: t.config, mapAttribution: 'test attribution' });
  return { t, staff, other, otherApp, close: () => (other.$client.close(), t.close()) };
}

/** An empty app with staff (who import and act) and admin (who reads the trail) signed in. */
export async function openAppWithStaffAndAdmin(): Promise<{ t: TestApp; staff: Session; admin: Session }> {
  const t = createTestApp();
  const staff = await t.signIn('staff');
  return { t, staff, admin: await t.signIn('admin') };
}

/** For files that print PDFs: the app's shared Chromium renderer outlives the app, so it is closed first. */
export async function closeWithRenderer(t: TestApp | undefined): Promise<void> {
  await closeNoticeRenderer();
  t?.close();
}

/**
 * A second, empty app holding only `rows` (a round of a few provinces, so its ZIP and merged PDF
 * print quickly), with staff signed in; closed after `use`, whatever happens.
 */
export async function withSmallRound<T>(rows: (string | number)[][], use: (staff: Session) => Promise<T>): Promise<T> {
  const small = createTestApp();
  const smallStaff = await small.signIn('staff');
  try {
    expect((await smallStaff.request('/api/imports', { method: 'POST', body: multipart(csv([header, ...rows]), 'small.csv') })).status).toBe(200);
    return await use(smallStaff);
  } finally {
    small.close();
  }
}
