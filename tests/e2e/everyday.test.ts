/**
 * Everyday use in a real headless Chromium (issue 13): the pre-filled form of a round downloaded,
 * one result changed with exceljs, the preview table listing exactly that row, the import confirmed
 * and the value shown; and every route at 390 px no wider than the viewport, the header folded into
 * a menu. Screenshots of each page at 1440 px and 390 px go to test-results/screenshots/everyday/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../helpers/server';
import { screenshotDir, signedInPage, startE2eApp, stopE2eApp, type E2eApp } from './helpers/app';
import { addSession, sessionCookie, signInOverHttp } from './helpers/session';

const shots = screenshotDir('everyday');
let app: E2eApp;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, browser } = app = await startE2eApp());
  page = await signedInPage(app, { viewport: { width: 1440, height: 900 }, acceptDownloads: true, role: 'admin' });
}, 400_000); // the client build and the server's first start are slow on a shared 2-core machine

afterAll(() => stopE2eApp(app));

const go = (path: string) => page.goto(server.baseUrl + path);

describe('the pre-filled form and the import preview', () => {
  it('download the 6-month form, change one result, see exactly that row in the preview, confirm, and the value is shown', async () => {
    await go('/import');
    const button = page.locator('a[data-round="2566-6"]');
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as any);
    const sheet = wb.getWorksheet('ผลการดำเนินงาน')!;
    expect(sheet.rowCount).toBeGreaterThan(500);
    // Seed example: อ่างทอง's Thai-visitor tourism revenue, 449.21 against 707.14 / 744.34 / 802.25.
    const target = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(3).value === 'อ่างทอง' && r.getCell(4).value === 'ECO-05')!;
    expect([target.getCell(8).value, target.getCell(9).value, target.getCell(10).value]).toEqual([707.14, 744.34, 802.25]);
    expect(target.getCell(11).value).toBe(449.21);
    target.getCell(11).value = '๗๕๐'; // Thai digits, as a province might type them
    const changed = Buffer.from(await wb.xlsx.writeBuffer());

    await page.setInputFiles('input[type="file"]', { name: 'form-2566-6.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: changed });
    await page.click('button[type="submit"]');
    const table = page.locator('table[data-testid="import-preview"]');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-row')).toBe(String(target.number));
    expect(await rows.first().getAttribute('data-iso')).toBe('TH-15');
    expect(await rows.first().getAttribute('data-status-changed')).toBe('true');
    const text = await rows.first().textContent();
    expect(text).toContain('449.21');
    expect(text).toContain('750');
    expect(text).toContain('ไม่ผ่าน');
    // The filter keeps it (its status changes); sorting leaves one row one row.
    await page.check('.preview-tools input[type="checkbox"]');
    expect(await rows.count()).toBe(1);
    await page.screenshot({ path: join(shots, 'import-preview-1440.png'), fullPage: true });

    await page.click('.report-ok button.primary');
    await page.waitForSelector('.report-done');
    const stored = (await (await fetch(`${server.baseUrl}/api/rounds/2566/6/provinces/TH-15`, { headers: { cookie: await sessionCookie(page) } })).json()) as { items: { indicatorCode: string; result: unknown }[] };
    expect(stored.items.find((i) => i.indicatorCode === 'ECO-05')!.result).toEqual({ kind: 'value', value: 750 });
    await go('/provinces/2566/6/TH-15');
    await page.waitForSelector('main table');
    await expect.poll(() => page.textContent('main')).toContain('750');
  }, 300_000);
});

/** Every page of the app, as the administrator (who may open all of them). */
const routes: [string, string][] = [
  ['overview', '/overview/2566/6'],
  ['indicator', '/indicators/2566/6/ECO-05'],
  ['province', '/provinces/2566/6/TH-15'],
  ['import', '/import'],
  ['notices', '/notices/2566/6'],
  ['notice', '/notices/2566/6/TH-15'],
  ['audit', '/audit'],
  ['watchlist', '/watchlist/2566/6'],
  ['users', '/users'],
  ['not-found', '/no-such-page'],
];

async function settle() {
  await page.waitForSelector('main h1');
  await page.waitForLoadState('networkidle');
  // Lazy sections (charts) load when scrolled near: scroll through the page, then back.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

describe('phone width (390 px) and desktop (1440 px)', () => {
  it('no page is wider than a 390 px viewport; screenshots of each page at both widths', async () => {
    const tooWide: string[] = [];
    for (const [name, path] of routes) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await go(path);
      await settle();
      await page.screenshot({ path: join(shots, `${name}-1440.png`), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await go(path);
      await settle();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) {
        const culprits = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > 391 && !el.closest('.table-scroll'))
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)}`),
        );
        tooWide.push(`${name} (${path}): ${width}px — ${culprits.join('; ')}`);
      }
      await page.screenshot({ path: join(shots, `${name}-390.png`), fullPage: true });
    }
    expect(tooWide).toEqual([]);
  }, 600_000);

  it('the same pages as an English reader at both widths (screenshots *-en-1440 / *-en-390), still no wider than 390 px', async () => {
    await page.evaluate(() => window.localStorage.setItem('kpi.lang', 'en'));
    const tooWide: string[] = [];
    try {
      for (const [name, path] of routes) {
        for (const width of [1440, 390]) {
          await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
          await go(path);
          await settle();
          expect(await page.getAttribute('html', 'lang')).toBe('en');
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width === 390 && scrollWidth > 390) {
            const culprits = await page.evaluate(() =>
              [...document.querySelectorAll('body *')]
                .filter((el) => el.getBoundingClientRect().right > 391 && !el.closest('.table-scroll'))
                .slice(0, 5)
                .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)}`),
            );
            tooWide.push(`${name} (${path}): ${scrollWidth}px — ${culprits.join('; ')}`);
          }
          await page.screenshot({ path: join(shots, `${name}-en-${width}.png`), fullPage: true });
        }
      }
    } finally {
      await page.evaluate(() => window.localStorage.setItem('kpi.lang', 'th'));
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    expect(tooWide).toEqual([]);
  }, 600_000);

  it('the audit filters do not overlap one another at 1440 px or 390 px', async () => {
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await go('/audit');
      await page.waitForSelector('form.audit-filters');
      const boxes = await page.$$eval('form.audit-filters label', (els) => els.map((e) => { const r = e.getBoundingClientRect(); return { l: r.left, r: r.right, t: r.top, b: r.bottom, name: e.textContent?.slice(0, 20) }; }));
      const overlaps: string[] = [];
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
        if (a.l < b.r - 1 && b.l < a.r - 1 && a.t < b.b - 1 && b.t < a.b - 1) overlaps.push(`${a.name} × ${b.name} at ${width}`);
      }));
      // Each control stays inside its own label box.
      const spill = await page.$$eval('form.audit-filters label', (els) => els.filter((e) => [...e.querySelectorAll('input, select')].some((c) => c.getBoundingClientRect().right > e.getBoundingClientRect().right + 1)).map((e) => e.textContent?.slice(0, 20)));
      expect(overlaps).toEqual([]);
      expect(spill).toEqual([]);
      await page.screenshot({ path: join(shots, `audit-filters-${width}.png`) });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 120_000);

  it('the header folds into a menu at 390 px: the toggle opens the links, a link closes it', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await go('/overview/2566/6');
    await page.waitForSelector('main h1');
    const toggle = page.locator('button.menu-toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect(await page.locator('#site-menu').isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#site-menu').isVisible()).toBe(true);
    // The sign-out button stays on one line.
    const signOut = page.locator('.user-menu button').last();
    const box = await signOut.boundingBox();
    expect(box!.height).toBeLessThan(48);
    await page.screenshot({ path: join(shots, 'menu-open-390.png'), fullPage: false });
    await page.click('#site-menu a[href="/import"]');
    await page.waitForSelector('input[type="file"]');
    await expect.poll(() => page.locator('#site-menu').isVisible()).toBe(false);
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await toggle.isVisible()).toBe(false);
  }, 120_000);
});

describe('a province user and the catalog decimals', () => {
  it('downloads its own province’s pre-filled form from its province page; every value column keeps the indicator’s decimals', async () => {
    const own = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'th-TH', acceptDownloads: true });
    try {
      await addSession(own, server.baseUrl, await signInOverHttp(server.baseUrl, 'province'));
      const tab = await own.newPage();
      await tab.goto(`${server.baseUrl}/provinces/2566/6/TH-15`);
      const button = tab.locator('a[data-form="2566-6"]');
      await button.waitFor();
      const [download] = await Promise.all([tab.waitForEvent('download'), button.click()]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync((await download.path())!) as any);
      const sheet = wb.getWorksheet('ผลการดำเนินงาน')!;
      const provinces = new Set(sheet.getRows(2, sheet.rowCount - 1)!.map((r) => r.getCell(3).value));
      expect([...provinces]).toEqual(['อ่างทอง']);
      expect(sheet.rowCount - 1).toBe(10); // the seed's 10 items, 2 of them components
      // The form's status column and the targets' cell format (2 places for money, 0 for levels).
      const header = (sheet.getRow(1).values as unknown[]).map(String);
      expect(header.some((h) => h.includes('สถานะการรายงาน'))).toBe(true);
      const eco05 = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(4).value === 'ECO-05')!;
      expect(eco05.getCell(8).numFmt).toBe('#,##0.00');
      await tab.screenshot({ path: join(shots, 'province-user-form-1440.png'), fullPage: true });

      // On the indicator page (every province, as staff see it), one column never mixes 1,504.1 with
      // 2,335.98: results and targets all show the catalog's 2 places.
      await page.setViewportSize({ width: 1440, height: 900 });
      await go('/indicators/2566/6/ECO-02');
      await page.waitForSelector('table.indicator-table tbody tr');
      const columns = await page.$$eval('table.indicator-table tbody tr', (rows) =>
        [3, 4, 5, 6].map((i) => rows.map((r) => r.children[i - 1]?.textContent?.trim() ?? '').filter((s) => /^[\d,]+(\.\d+)?$/.test(s))),
      );
      for (const col of columns) {
        expect(col.length).toBeGreaterThan(0);
        expect(new Set(col.map((s) => s.split('.')[1]?.length ?? 0))).toEqual(new Set([2]));
      }
    } finally {
      await own.close();
    }
  }, 180_000);
});

describe('the map on a touch screen', () => {
  it('the first tap on a province shows its tooltip with a link; a second tap opens the province', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'th-TH' });
    try {
      await phone.addCookies(await page.context().cookies());
      const tab = await phone.newPage();
      await tab.goto(`${server.baseUrl}/overview/2566/6`);
      const province = tab.locator('svg[data-ready="true"] path[data-iso="TH-30"]'); // นครราชสีมา: large enough to tap
      await province.waitFor();
      await province.tap();
      const link = tab.locator('.map-tooltip-tapped a.map-tooltip-link');
      await link.waitFor();
      expect(await link.textContent()).toContain('นครราชสีมา');
      expect(new URL(tab.url()).pathname).toBe('/overview/2566/6');
      await tab.screenshot({ path: join(shots, 'map-tapped-390.png') });
      await province.tap();
      await tab.waitForURL(/\/provinces\/2566\/6\/TH-30/);
    } finally {
      await phone.close();
    }
  }, 120_000);
});
