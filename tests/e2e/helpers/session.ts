/**
 * Browser sign-in for end-to-end tests, through the real sign-in page with a demo account (the e2e
 * server starts on an empty database, so the demo data and its accounts are loaded).
 */
import type { Page } from 'playwright-core';

const accounts = {
  staff: { username: 'opdc.staff', password: 'demo-staff-2566' },
  viewer: { username: 'auditor', password: 'demo-viewer-2566' },
  province: { username: 'angthong', password: 'demo-angthong-2566' },
  admin: { username: 'demo.admin', password: 'demo-admin-2566' },
} as const;

export type E2eRole = keyof typeof accounts;

export async function signIn(page: Page, baseUrl: string, role: E2eRole = 'staff'): Promise<void> {
  const { username, password } = accounts[role];
  await page.goto(`${baseUrl}/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.status() === 200), page.click('button[type="submit"]')]);
  // Attached, not visible: on a phone the user menu sits in the folded header menu (issue 13).
  await page.waitForSelector('.user-menu', { state: 'attached' });
}

/** The session cookie, for checking stored data with a plain fetch beside the browser. */
export async function sessionCookie(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'kpi_session');
  if (!cookie) throw new Error('not signed in');
  return `${cookie.name}=${cookie.value}`;
}

/** Signs in over HTTP (no browser) and returns the session cookie as `name=value`. */
export async function signInOverHttp(baseUrl: string, role: E2eRole = 'staff'): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(accounts[role]) });
  if (res.status !== 200) throw new Error(`sign-in as ${role} failed: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/** Adds a signed-in session to a browser context, so pages open as that user without the sign-in page. */
export async function addSession(context: import('playwright-core').BrowserContext, baseUrl: string, cookie: string): Promise<void> {
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: baseUrl }]);
}
