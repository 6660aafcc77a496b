/**
 * The warning board (issue 11 §5) in a real headless Chromium on the demo database: headline with
 * changes, the risk map view, the status bars, the watch list and its filters, the province outlook,
 * the header's province picker, a table downloaded as .xlsx (read back with exceljs) and as CSV, and a
 * province user's own overview. Screenshots at 1440 px go to test-results/screenshots/.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryFill } from '../../client/components/map/fills';
import { th } from '../../client/app/i18n/th';
import type { RunningServer } from '../helpers/server';
import { pageTools, screenshotDir, signedInPage, startE2eApp, stopE2eApp, type E2eApp } from './helpers/app';
import { signIn } from './helpers/session';

const shots = screenshotDir();
let app: E2eApp;
let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ server, browser } = app = await startE2eApp());
  page = await signedInPage(app, { viewport: { width: 1440, height: 900 }, bypassCSP: true, acceptDownloads: true, errors: pageErrors });
});

afterAll(() => stopE2eApp(app));

const { go, mapReady, colourKey, fillOf, shoot, expectAccessible } = pageTools(() => ({ page, baseUrl: server.baseUrl }), shots);
const legendSum = async () => (await page.locator('.legend-count').allTextContents()).map(Number).reduce((a, b) => a + b, 0);

describe('warning board in a real browser', () => {
  it('overview: five headline figures with their change, the red/amber/green map by default, the risk view', async () => {
    await go('/overview/2566/6');
    await mapReady();
    for (const kind of ['red', 'amber', 'green', 'notReported', 'pending']) {
      await page.locator(`.figure[data-kind="${kind}"] .change`).waitFor();
    }
    // Against last year's 12-month round (the previous round of a 6-month round): ▲, ▼ or "=" with a number.
    expect(await page.textContent('.figure[data-kind="red"] .change')).toMatch(/[▲▼=]/);
    await page.selectOption('#headline-against', 'previous-year');
    await expect.poll(() => new URL(page.url()).searchParams.get('against')).toBe('previous-year');
    expect(await page.textContent('.figure[data-kind="red"] .change')).toContain('รอบเดียวกันของปีก่อน');

    expect(await colourKey()).toBe('overall');
    const defaultFills = new Set(await page.locator('path[data-iso]').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill'))));
    // Traffic-light bands, not the single-colour share scale.
    expect([...defaultFills].some((f) => f === categoryFill.count0 || f === categoryFill.count1 || f === categoryFill.count2 || f === categoryFill.count3)).toBe(true);
    expect([...defaultFills].some((f) => f === categoryFill.share1 || f === categoryFill.share2)).toBe(false);

    await page.check('input[name="map-mode"][value="outlook"]');
    await expect.poll(colourKey).toBe('outlook:overall');
    await page.waitForSelector('li[data-category="count0"]');
    await expect.poll(legendSum).toBe(77); // the counts fill in once the mode's data has loaded
    await page.selectOption('#indicator-picker', 'ECO-05');
    await expect.poll(colourKey).toBe('outlook:ECO-05');
    const riskFills = [categoryFill.likelyMiss, categoryFill.borderline, categoryFill.onTrack, categoryFill.met, categoryFill.noRisk];
    expect(riskFills).toContain(await fillOf('TH-15'));
    await expect.poll(legendSum).toBe(77); // the counts fill in once the mode's data has loaded
    await page.focus('path[data-iso="TH-15"]');
    expect(await page.textContent('[role="tooltip"]')).toContain('คาดการณ์สิ้นปี');

    await page.check('input[name="map-mode"][value="last-year"]');
    await expect.poll(colourKey).toBe('last-year:ECO-05');
    await page.waitForSelector('li[data-category="worse"]');
    await expect.poll(legendSum).toBe(77); // the counts fill in once the mode's data has loaded
    await page.check('input[name="map-mode"][value="outlook"]');
    await page.selectOption('#indicator-picker', '');
    await expect.poll(colourKey).toBe('outlook:overall');
    await expectAccessible('overview (outlook)');
    await shoot('warning-overview');
  }, 180_000);

  it('status bars: 24 indicators, full names, four status counts each, sortable', async () => {
    await page.locator('#bars-title').scrollIntoViewIfNeeded();
    await page.waitForSelector('.status-bars .bar-row');
    const rows = page.locator('.status-bars .bar-row');
    expect(await rows.count()).toBe(24);
    const labels = await page.locator('.bar-label').allTextContents();
    expect(labels.some((l) => l.includes('…'))).toBe(false);
    expect(await rows.first().locator('.bar-counts > span').count()).toBe(4);
    await page.selectOption('#bars-sort', 'belowMin');
    await expect.poll(() => new URL(page.url()).searchParams.get('bars')).toBe('belowMin');
    const belowMinCounts = await page
      .locator('.status-bars-group')
      .first()
      .locator('.bar-counts > span[data-status="belowMin"]')
      .allTextContents();
    const n = belowMinCounts.map((t) => Number(t.replace(/\D/g, '')));
    expect(n).toEqual([...n].sort((a, b) => b - a));
  });

  it('watch list: the ranking, filters by region and risk, a row opens the province with its outlook', async () => {
    await go('/watchlist/2566/6');
    await page.waitForSelector('table.watch-table tbody tr');
    const all = await page.locator('table.watch-table tbody tr').count();
    expect(all).toBe(76);
    expect(await page.textContent('table.watch-table tbody tr:first-child td:first-child')).toBe('1');
    await page.selectOption('#watch-region', 'Northern');
    await expect.poll(() => page.locator('table.watch-table tbody tr').count()).toBeLessThan(all);
    const regions = await page.locator('table.watch-table tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(regions)).toEqual(new Set(['ภาคเหนือ']));
    expect(new URL(page.url()).searchParams.get('region')).toBe('Northern');
    await page.selectOption('#watch-region', '');
    await page.selectOption('#watch-risk', 'likely-miss');
    await expect.poll(() => new URL(page.url()).searchParams.get('risk')).toBe('likely-miss');
    await page.waitForSelector('table.changes-table tbody tr');
    await expectAccessible('watch list');
    await shoot('warning-watchlist');
    await page.screenshot({ path: join(shots, 'warning-watchlist-top.png') });

    const first = page.locator('table.watch-table tbody tr').first();
    const iso = await first.getAttribute('data-iso');
    await first.locator('a').click();
    await page.waitForURL(`**/provinces/2566/6/${iso}`);
    await page.waitForSelector('td.outlook-cell .risk');
    expect(await page.locator('.bullet-projected').count()).toBeGreaterThan(0);
    expect(await page.textContent('table.province-table')).toContain('คาดการณ์สิ้นปี');
    await expectAccessible('province (outlook)');
    await shoot('warning-province');
    await page.locator('td.outlook-cell').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'warning-province-outlook.png') });
  }, 180_000);

  it('a table downloads as .xlsx with the screen’s columns and values, and as CSV with a BOM', async () => {
    await go('/provinces/2566/6/TH-15');
    await page.waitForSelector('td.outlook-cell .risk');
    const screenResult = (await page.locator('tr[data-item="ECO-05"] td').first().textContent())!;
    expect(screenResult).toContain('449.21');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('button[data-download="xlsx"]')]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['ตัวชี้วัด', 'ผล', th.targets.min]);
    let eco05: unknown[] | undefined;
    sheet.eachRow((row) => {
      const v = row.values as unknown[];
      if (String(v[1]).startsWith('ECO-05')) eco05 = v;
    });
    expect(eco05?.[2]).toBe(449.21);
    expect(eco05?.[3]).toBe(707.14);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('button[data-download="csv"]')]);
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('449.21,707.14');
  });

  it('the header picker finds a province by English name or ISO code and opens it in the same round', async () => {
    await go('/overview/2566/6');
    await page.fill('.province-picker input', 'chon b');
    await page.waitForSelector('.province-options li[data-iso="TH-20"]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/provinces/2566/6/TH-20');
    await page.fill('.province-picker input', 'TH-15');
    await page.waitForSelector('.province-options li[data-iso="TH-15"]');
    await page.click('.province-options li[data-iso="TH-15"]');
    await page.waitForURL('**/provinces/2566/6/TH-15');
  });

  it('a province user’s overview is titled as theirs; the map calls the other 75 "other provinces"', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'th-TH', bypassCSP: true });
    const p = await ctx.newPage();
    await signIn(p, server.baseUrl, 'province');
    await p.goto(`${server.baseUrl}/overview/2566/6`);
    await p.waitForSelector('svg[data-ready="true"] path[data-iso]');
    expect(await p.textContent('h1')).toContain('อ่างทอง');
    await p.waitForSelector('li[data-category="hidden"]');
    expect(await p.textContent('li[data-category="hidden"] .legend-count')).toBe('75');
    expect(await p.textContent('li[data-category="notAssigned"] .legend-count')).toBe('0');
    expect(await p.locator('.province-picker').count()).toBe(0);
    await p.screenshot({ path: join(shots, 'warning-overview-province-user.png'), fullPage: true });
    await ctx.close();
    expect(pageErrors).toEqual([]);
  });
});
