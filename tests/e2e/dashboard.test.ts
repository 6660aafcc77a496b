/**
 * End to end in a real headless Chromium against the built client served by the real server on a
 * fresh demo database: overview, indicator switch, province page, indicator page, import (a file with
 * an error, then a good one). axe-core checks every page; a screenshot of each goes to
 * test-results/screenshots/ for review.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryFill, patternIds } from '../../client/components/map/fills';
import { csv, header } from '../helpers/test-db';
import type { RunningServer } from '../helpers/server';
import { pageTools, screenshotDir, signedInPage, startE2eApp, stopE2eApp, type E2eApp } from './helpers/app';
import { sessionCookie, signIn } from './helpers/session';

const shots = screenshotDir();
let app: E2eApp;
let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ server, browser } = app = await startE2eApp());
  // bypassCSP: axe-core is injected as an inline script; the app's own CSP stays on for the app's code.
  page = await signedInPage(app, { viewport: { width: 1280, height: 900 }, bypassCSP: true, errors: pageErrors });
});

afterAll(() => stopE2eApp(app));

const { go, mapReady, colourKey, fillOf, shoot, expectAccessible } = pageTools(() => ({ page, baseUrl: server.baseUrl }), shots);

describe('dashboard in a real browser', () => {
  it('opens the newest round at / and shows the overview: figures, map with legend counts, bars, national table', async () => {
    await go('/');
    await mapReady();
    expect(new URL(page.url()).pathname).toBe('/overview/2566/12');
    await go('/overview/2566/6');
    await mapReady();
    await expect.poll(() => page.textContent('h1')).toContain('ภาพรวมระดับประเทศ');
    expect(await page.locator('path[data-iso]').count()).toBe(77);
    // The legend counts every province once (76 in the measure + Bangkok).
    const counts = await page.locator('.legend-count').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(77);
    expect(await page.textContent('.headline')).toContain('676');
    await page.locator('#bars-title').scrollIntoViewIfNeeded(); // the charts load when scrolled near
    await page.waitForSelector('.status-bars .bar-row');
    expect(await page.locator('.status-bars-group').count()).toBe(4);
    expect(await page.textContent('table.national')).toContain('อ่างทอง');
    expect(await page.textContent('.attribution')).toContain('CC BY-IGO 3.0');
    await expectAccessible('overview');
    await shoot('overview');
  });

  it('switching the indicator re-colours the map and puts the indicator in the URL', async () => {
    expect(await colourKey()).toBe('overall');
    const before = await fillOf('TH-15');
    await page.selectOption('#indicator-picker', 'ECO-05');
    await expect.poll(colourKey).toBe('ECO-05');
    expect(new URL(page.url()).search).toBe('?indicator=ECO-05');
    expect(await fillOf('TH-15')).toBe(`url(#${patternIds.belowMin})`); // the seed's 449.21 against 707.14
    expect(await fillOf('TH-15')).not.toBe(before);
    expect(await fillOf('TH-10')).toBe(`url(#${patternIds.outside})`); // Bangkok
    // The page measured the switch itself (used by the bench).
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('indicator-switch').length)).toBeGreaterThan(0);
    await page.selectOption('#indicator-picker', 'ENV-02');
    await expect.poll(colourKey).toBe('ENV-02');
    expect(await fillOf('TH-15')).toBe(`url(#${patternIds.belowMin})`); // แม่น้ำน้อย is below minimum
    await page.selectOption('#indicator-picker', 'ECO-05');
    await expect.poll(colourKey).toBe('ECO-05');
  });

  it('keyboard focus on a province shows its tooltip; Enter opens the province page', async () => {
    await page.focus('path[data-iso="TH-15"]');
    const tip = await page.textContent('[role="tooltip"]');
    expect(tip).toContain('อ่างทอง');
    expect(tip).toContain('449.21 ล้านบาท');
    expect(tip).toContain('ขั้นต้น 707.14');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/provinces/2566/6/TH-15');
    await page.waitForSelector('table.province-table');
    expect(await page.textContent('h1')).toContain('อ่างทอง');
    await expect.poll(() => page.title()).toContain('จังหวัดอ่างทอง');
    expect(await page.textContent('.province-meta')).toContain('จำนวนตัวชี้วัด 10 รายการ (รวม 2 องค์ประกอบ)');
    const eco05 = page.locator('tr[data-item="ECO-05"]');
    expect(await eco05.textContent()).toContain('449.21 ล้านบาท');
    expect(await eco05.textContent()).toContain('ไม่ผ่านค่าเป้าหมายขั้นต้น');
    expect(await page.getAttribute('a[href="/notices/2566/6/TH-15"]', 'href')).toBe('/notices/2566/6/TH-15');
    await eco05.getByRole('button').click();
    await page.waitForSelector('.history-chart .recharts-surface');
    expect(await page.textContent('.history-table')).toContain('449.21');
    await expectAccessible('province');
    await shoot('province');
  });

  it('the indicator page: map, distance chart and one table row per component, with filters in the URL', async () => {
    await go('/indicators/2566/6/ENV-02');
    await mapReady();
    expect(await page.textContent('h1')).toContain('ENV-02');
    expect(await page.locator('table.indicator-table tbody tr').count()).toBe(48); // 48 water sources
    await page.selectOption('.filters label:nth-of-type(3) select', 'belowMin');
    await expect.poll(() => page.locator('table.indicator-table tbody tr').count()).toBe(17);
    expect(new URL(page.url()).searchParams.get('status')).toBe('belowMin');
    expect(await page.locator('.dot-rows li').count()).toBe(17);
    await page.click('th button:has-text("ผล")');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('result');
    await expectAccessible('indicator');
    await shoot('indicator');
  });

  it('import: a file with an error shows it beside its row and column; nothing is saved', async () => {
    await go('/import');
    await page.waitForSelector('input[type="file"]');
    const bad = csv([
      header,
      [2566, 6, 'อ่างทอง', 'ECO-05', '', '', '', '', 800, ''],
      [2566, 6, 'ตรวด', 'ECO-05', '', '', '', '', 800, ''],
    ]);
    await page.setInputFiles('input[type="file"]', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.click('button[type="submit"]');
    const row = page.locator('table.issues tr[data-row="3"][data-column="province"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('ตรวด');
    expect(await row.textContent()).toContain('ตราด'); // the suggestion
    expect(await page.textContent('.report-rejected h2')).toContain('ยังไม่ได้บันทึกข้อมูลใด ๆ');
    const stored = (await (await fetch(`${server.baseUrl}/api/rounds/2566/6/provinces/TH-15`, { headers: { cookie: await sessionCookie(page) } })).json()) as { items: { indicatorCode: string; result: unknown }[] };
    expect(stored.items.find((i) => i.indicatorCode === 'ECO-05')!.result).toEqual({ kind: 'value', value: 449.21 });
    await expectAccessible('import (rejected)');
    await shoot('import-rejected');
  });

  it('import: a good file gives a dry-run report, then imports on confirm, and the map shows the new result', async () => {
    const good = csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '', '', '', 800, '']]);
    await page.setInputFiles('input[type="file"]', { name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.click('button[type="submit"]');
    await page.waitForSelector('.report-ok');
    expect(await page.textContent('.report-ok')).toContain('แถวที่เปลี่ยน');
    await page.click('.report-ok button.primary');
    await page.waitForSelector('.report-done');
    await expect.poll(() => page.textContent('.recent-imports')).toContain('good.csv'); // refetched after the import
    await expectAccessible('import (done)');
    await shoot('import-done');

    await go('/overview/2566/6?indicator=ECO-05');
    await mapReady();
    expect(await fillOf('TH-15')).toBe(categoryFill.std); // 800 against 707.14 / 744.34 / 802.25
  });

  it('English switch, not-found page and a phone-width overview', async () => {
    await go('/overview/2566/6');
    await mapReady();
    await page.click('button:has-text("English")');
    await expect.poll(() => page.textContent('h1')).toContain('National overview');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('button:has-text("ไทย")');
    await go('/provinces/2566/6/TH-99');
    await page.waitForSelector('[role="alert"]');
    expect(await page.textContent('[role="alert"]')).toContain('ไม่พบ');
    await go('/no/such/page');
    expect(await page.textContent('h1')).toContain('ไม่พบหน้าที่ต้องการ');

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, bypassCSP: true });
    const p = await phone.newPage();
    await signIn(p, server.baseUrl);
    await p.goto(`${server.baseUrl}/overview/2566/6`);
    await p.waitForSelector('svg[data-ready="true"]');
    await p.locator('#bars-title').scrollIntoViewIfNeeded();
    await p.waitForSelector('.status-bars .bar-row');
    // Nothing wider than the screen except inside scrollable tables (checked once the sections below the map are in).
    await p.waitForSelector('table.national');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await p.screenshot({ path: join(shots, 'overview-phone.png'), fullPage: true });
    await phone.close();
    expect(pageErrors).toEqual([]);
  });
});
