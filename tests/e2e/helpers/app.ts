/**
 * The set-up every end-to-end file shares: the client built as `npm start` builds it, the real server
 * on a fresh demo database and a headless Chromium started side by side; a signed-in page; staff
 * actions over plain HTTP to prepare data; and the page helpers the dashboard files use. Plain
 * functions called from each file's beforeAll, so the lifecycle stays visible in the test file.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser } from '../../../server/platform/browser/chromium';
import { projectRoot } from '../../../server/bootstrap';
import { startServer, type RunningServer } from '../../helpers/server';
import { seriousViolations } from './axe';
import { ensureClientBuilt } from './build';
import { signIn, signInOverHttp, type E2eRole } from './session';

export interface E2eApp {
  server: RunningServer;
  browser: Browser;
}

/** Where a file's screenshots go (under test-results/screenshots/), created if missing. */
export function screenshotDir(sub = ''): string {
  const dir = join(projectRoot, 'test-results/screenshots', sub);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function startE2eApp(): Promise<E2eApp> {
  await ensureClientBuilt();
  const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  return { server, browser };
}

/** Safe in afterAll after a failed start: closes what did start. */
export async function stopE2eApp(app: Partial<E2eApp> | undefined): Promise<void> {
  await app?.browser?.close();
  await app?.server?.stop();
}

/**
 * A page in a new Thai-locale context, signed in through the sign-in page as `role`. With `errors`,
 * the page's uncaught errors are collected there (a test asserts it stays empty).
 */
export async function signedInPage(app: E2eApp, options: BrowserContextOptions & { role?: E2eRole; errors?: string[] } = {}): Promise<Page> {
  const { role = 'staff', errors, ...contextOptions } = options;
  const context = await app.browser.newContext({ locale: 'th-TH', ...contextOptions });
  const page = await context.newPage();
  if (errors) page.on('pageerror', (e) => errors.push(String(e)));
  await signIn(page, app.server.baseUrl, role);
  return page;
}

/** Notice workflow steps as staff over HTTP, to prepare what a test then reads in the browser. */
export async function staffNoticeActions(baseUrl: string, actions: readonly string[], isos: readonly string[]): Promise<void> {
  const headers = await staffHeaders(baseUrl);
  for (const action of actions) {
    const res = await fetch(`${baseUrl}/api/notices/2566/6/actions`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ action, isos }) });
    expect(res.status).toBe(200);
  }
}

/** A staff session's cookie and CSRF header, for state-changing requests over plain HTTP. */
export async function staffHeaders(baseUrl: string): Promise<{ cookie: string; 'x-csrf-token': string }> {
  const cookie = await signInOverHttp(baseUrl, 'staff');
  const { csrfToken } = (await (await fetch(`${baseUrl}/api/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

/**
 * The dashboard files' page helpers, reading the page and server when called (they are set in
 * beforeAll, after these are made at module level).
 */
export function pageTools(current: () => { page: Page; baseUrl: string }, shots: string) {
  const page = () => current().page;
  return {
    go: (path: string) => page().goto(current().baseUrl + path),
    /** The map has drawn its provinces (the outlines load apart from the data). */
    mapReady: () => page().waitForSelector('svg[data-ready="true"] path[data-iso]'),
    colourKey: () => page().getAttribute('svg[data-colour-key]', 'data-colour-key'),
    fillOf: (iso: string) => page().getAttribute(`path[data-iso="${iso}"]`, 'fill'),
    shoot: (name: string) => page().screenshot({ path: join(shots, `${name}.png`), fullPage: true }),
    expectAccessible: async (name: string) => {
      expect(await seriousViolations(page()), `${name}: axe serious/critical violations`).toEqual([]);
    },
  };
}
