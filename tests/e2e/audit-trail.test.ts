/**
 * The audit trail people can read (issue 13), in headless Chromium on a real server with the demo data:
 * names instead of codes, a bulk action as one entry that expands to its provinces, an import's value
 * change as "before → after unit (outcome → outcome)", the raw JSON only behind "details" in the
 * page's Thai font, and the indicator filter. Screenshot in test-results/screenshots/.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeChange, type ChangeSide } from '../../shared/audit';
import type { RunningServer } from '../helpers/server';
import { screenshotDir, staffHeaders, staffNoticeActions, startE2eApp, stopE2eApp, type E2eApp } from './helpers/app';
import { signIn } from './helpers/session';

const shots = screenshotDir();
let app: E2eApp;
let server: RunningServer;
let browser: Browser;
let batchId: number;
let expectedChange: string;

beforeAll(async () => {
  ({ server, browser } = app = await startE2eApp());
  const headers = await staffHeaders(server.baseUrl);
  await staffNoticeActions(server.baseUrl, ['review'], ['TH-15', 'TH-16', 'TH-17']);
  const form = new FormData();
  const csv = 'ปีงบประมาณ,รอบ,จังหวัด,ตัวชี้วัด,องค์ประกอบ,ค่าเป้าหมายขั้นต้น,ค่าเป้าหมายมาตรฐาน,ค่าเป้าหมายขั้นสูง,ผลการดำเนินงาน,หมายเหตุ\n2566,6,อ่างทอง,ECO-05,,,,,1234.5,\n';
  form.append('file', new File([csv], 'e2e-audit.csv'));
  const upload = await fetch(`${server.baseUrl}/api/imports`, { method: 'POST', headers, body: form });
  expect(upload.status).toBe(200);
  batchId = ((await upload.json()) as { batchId: number }).batchId;
  // The expected line from the server's own readable view, formatted as the page formats it.
  const changes = (await (await fetch(`${server.baseUrl}/api/audit/batches/${batchId}`, { headers })).json()) as { changes: { kind: string; before: ChangeSide | null; after: ChangeSide; unitTh: string; decimals: number }[] };
  const result = changes.changes.find((c) => c.kind === 'result')!;
  expectedChange = describeChange(result.before, result.after, result.unitTh, 'th', result.decimals);
  // 1234.5 is stored; the trail prints it with the catalog's 2 places for ล้านบาท.
  expect(expectedChange).toContain('1,234.50 ล้านบาท');
}, 240_000);

afterAll(() => stopE2eApp(app));

describe('the audit trail in a real browser', () => {
  it('reads in words, expands a bulk action and an import, and filters by indicator', async () => {
    expect(expectedChange).toMatch(/ → 1,234\.50 ล้านบาท \(.+\)$/);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, 'viewer');
    await page.goto(`${server.baseUrl}/audit`);
    await page.waitForSelector('table.audit-table tbody tr');

    // Every recorded event type can be chosen in the filter, e.g. the notice actions.
    const options = await page.$$eval('select[name="action"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(expect.arrayContaining(['notice.issue', 'notice.review', 'observation.edit', 'import.rollback', 'auth.login_failed']));

    // The review of three provinces is one entry, naming how many; it expands to the provinces by name.
    const bulk = page.locator('tr.audit-entry', { hasText: 'ตรวจทานเอกสารแจ้งสถานะ' });
    await expect.poll(() => bulk.count()).toBe(1);
    expect(await bulk.textContent()).toContain('3 จังหวัด');
    await bulk.getByRole('button', { name: 'ดูรายจังหวัด' }).click();
    const items = await bulk.locator('.audit-items').textContent();
    for (const name of ['อ่างทอง', 'ลพบุรี', 'สิงห์บุรี']) expect(items).toContain(name);

    // No raw JSON on the page until "details" is opened; then it is in the page's font (Thai glyphs).
    const table = page.locator('table.audit-table');
    expect(await table.innerText()).not.toMatch(/\{"/);
    const details = bulk.locator('details.audit-raw');
    await details.locator('summary').click();
    expect(await details.locator('pre').innerText()).toContain('"provinceIso"');
    expect(await details.locator('pre').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/Sarabun/);

    // Filter by indicator: the notice review goes, the import of ECO-05 stays; its change reads in words.
    await page.selectOption('select[name="indicator"]', 'ECO-05');
    await expect.poll(() => page.locator('tr.audit-entry', { hasText: 'ตรวจทานเอกสารแจ้งสถานะ' }).count()).toBe(0);
    const ours = page.locator('tr.audit-entry', { hasText: 'e2e-audit.csv' });
    await expect.poll(() => ours.count()).toBe(1);
    expect(page.url()).toContain('indicator=ECO-05');
    await ours.getByRole('button', { name: 'ดูค่าที่เปลี่ยน' }).click();
    await ours.locator('.audit-changes li').first().waitFor();
    expect(await ours.locator('.audit-changes').innerText()).toContain(expectedChange);
    expect(await ours.locator('.audit-changes').innerText()).toContain('อ่างทอง · ECO-05');

    // The export link carries the filter.
    expect(await page.locator('a', { hasText: 'ส่งออก CSV' }).getAttribute('href')).toBe('/api/audit/export?format=csv&indicator=ECO-05');
    await page.screenshot({ path: join(shots, 'audit-readable.png'), fullPage: true });
    await context.close();
  });
});
