/**
 * Accounts in a real browser: the sign-in page, a governor (province user) who sees only its own
 * province and issued notice, and the audit trail page for staff. axe-core on each page; screenshots
 * go to test-results/screenshots/.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe';
import type { RunningServer } from '../helpers/server';
import { screenshotDir, staffNoticeActions, startE2eApp, stopE2eApp, type E2eApp } from './helpers/app';
import { signIn } from './helpers/session';

const shots = screenshotDir();
let app: E2eApp;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = app = await startE2eApp());
  // Staff review and issue อ่างทอง's notice, so its governor has an issued notice to read.
  await staffNoticeActions(server.baseUrl, ['review', 'issue'], ['TH-15']);
});

afterAll(() => stopE2eApp(app));

async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', bypassCSP: true });
  return { context, page: await context.newPage() };
}

async function expectAccessible(page: Page, name: string) {
  expect(await seriousViolations(page), `${name}: axe serious/critical violations`).toEqual([]);
}

describe('accounts in a real browser', () => {
  it('the sign-in page: accessible, a wrong password is refused with a Thai message', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${server.baseUrl}/overview/2566/6`);
    await page.waitForSelector('input[name="username"]');
    await expectAccessible(page, 'sign-in');
    await page.fill('input[name="username"]', 'opdc.staff');
    await page.fill('input[name="password"]', 'wrong password');
    await page.click('button[type="submit"]');
    const alert = page.locator('#signin-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
    await page.screenshot({ path: join(shots, 'sign-in.png'), fullPage: true });
    await context.close();
  });

  it('signing in at /login (a typed or bookmarked address) lands on the overview, not on "page not found"', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.fill('input[name="username"]', 'opdc.staff');
    await page.fill('input[name="password"]', 'demo-staff-2566');
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/overview\/\d{4}\/(6|12)$/);
    await page.waitForSelector('[data-ready]', { state: 'attached' });
    await context.close();
  });

  it('a governor lands on its own province, has no import page, and reads its issued notice', async () => {
    const { context, page } = await freshPage();
    await signIn(page, server.baseUrl, 'province');
    await page.waitForURL(/\/provinces\/\d{4}\/(6|12)\/TH-15$/);
    expect(await page.locator('nav a[href="/import"]').count()).toBe(0);
    await page.goto(`${server.baseUrl}/import`);
    await page.waitForSelector('main h1');
    expect(await page.textContent('main h1')).not.toContain('นำเข้า');
    await page.goto(`${server.baseUrl}/notices/2566/6/TH-15`);
    await page.getByText('๔๔๙.๒๑ ล้านบาท').first().waitFor();
    expect(await page.locator('textarea').count()).toBe(0); // no editing
    expect(await page.getByRole('button', { name: 'ออกเอกสาร' }).count()).toBe(0);
    await expectAccessible(page, 'notice (governor)');
    await page.screenshot({ path: join(shots, 'notice-governor.png'), fullPage: true });
    await page.goto(`${server.baseUrl}/provinces/2566/6/TH-20`);
    await page.locator('[role="alert"]').first().waitFor(); // another province: refused by the server
    // The refusal names the province (not "TH-20"), says it is a matter of access, and links to what the account can see.
    const refusal = page.locator('.state-forbidden');
    await refusal.waitFor();
    await expect.poll(() => refusal.textContent()).toContain('ไม่มีสิทธิ์ดูข้อมูลของจังหวัดชลบุรี');
    expect(await refusal.textContent()).not.toContain('การเชื่อมต่อ');
    expect(await refusal.locator('a').getAttribute('href')).toBe('/');
    expect(await page.textContent('main h1')).toContain('ชลบุรี');
    await page.screenshot({ path: join(shots, 'forbidden-province.png'), fullPage: true });
    await context.close();
  });

  it('staff read the audit trail with the demo imports and their own sign-in', async () => {
    const { context, page } = await freshPage();
    await signIn(page, server.baseUrl, 'staff');
    await page.goto(`${server.baseUrl}/audit`);
    await page.waitForSelector('table.audit-table tbody tr');
    const text = await page.textContent('table.audit-table');
    expect(text).toContain('นำเข้าข้อมูล');
    expect(text).toContain('opdc.staff');
    await expectAccessible(page, 'audit');
    await page.screenshot({ path: join(shots, 'audit.png'), fullPage: true });
    await context.close();
  });

  it('the first sign-in with the one-time password: the password page states the rule before and after a refusal', async () => {
    const otp = /one-time password[^\n]*\n\n\s+(\S+)/.exec(server.output())?.[1];
    expect(otp, 'the server prints the admin one-time password on an empty database').toBeTruthy();
    const { context, page } = await freshPage();
    await page.goto(`${server.baseUrl}/`);
    await page.fill('input[name="username"]', 'admin');
    await page.fill('input[name="password"]', otp!);
    await page.click('button[type="submit"]');
    const rules = page.locator('#password-rules');
    await rules.waitFor();
    expect(await rules.textContent()).toContain('อย่างน้อย 10 ตัวอักษร');
    const inputs = page.locator('input[type="password"]');
    await inputs.nth(0).fill(otp!);
    await inputs.nth(1).fill('short');
    await inputs.nth(2).fill('short');
    await page.click('button[type="submit"]');
    const alert = page.locator('p[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('สั้นเกินไป');
    expect(await alert.textContent()).toContain('อย่างน้อย 10 ตัวอักษร');
    await page.screenshot({ path: join(shots, 'password-refused.png'), fullPage: true });
    await context.close();
  });
});
