/**
 * The notices page in a real headless Chromium (issue 12 §6): the batch download reachable without
 * scrolling past the 76 rows, the list sorted from its headers and filtered by a status count and by
 * notice state, checked against the API's own list; and a bulk action never reaching a hidden row.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../helpers/server';
import { screenshotDir, signedInPage, staffHeaders, staffNoticeActions, startE2eApp, stopE2eApp, type E2eApp } from './helpers/app';
import { sessionCookie } from './helpers/session';

const shots = screenshotDir('notices');
let app: E2eApp;
let server: RunningServer;
let browser: Browser;
let page: Page;
/** The API's list, as the staff member sees it: the truth the page is checked against. */
let reviewed: string[];
let api: { iso: string; state: string; counts: { byStatus: { notReported: number; belowMin: number; metMin: number; pending: number } } }[];

beforeAll(async () => {
  ({ server, browser } = app = await startE2eApp());
  const { cookie } = await staffHeaders(server.baseUrl);
  const list = async () => ((await (await fetch(`${server.baseUrl}/api/notices/2566/6`, { headers: { cookie } })).json()) as { notices: typeof api }).notices;
  // Two notices reviewed, so the state filter has something to find: อ่างทอง and the first province
  // with a different below-minimum count (so a count filter can keep one and hide the other).
  const before = await list();
  const below = (iso: string) => before.find((n) => n.iso === iso)!.counts.byStatus.belowMin;
  reviewed = ['TH-15', before.find((n) => below(n.iso) !== below('TH-15'))!.iso];
  await staffNoticeActions(server.baseUrl, ['review'], reviewed);
  api = await list();
  page = await signedInPage(app, { viewport: { width: 1440, height: 900 } });
}, 400_000);

afterAll(() => stopE2eApp(app));

const rows = () => page.locator('table.nd-list tbody tr');
const shownIsos = () => rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-iso')!));
const shownCounts = (status: string) => page.locator(`table.nd-list tbody td[data-status="${status}"]`).evaluateAll((tds) => tds.map((td) => Number(td.textContent!.replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d))))));
const header = (name: string) => page.locator('table.nd-list thead th', { has: page.locator('button', { hasText: name }) });

describe('the notice list', () => {
  it('shows the batch download above the list, within the first screen', async () => {
    await page.goto(`${server.baseUrl}/notices/2566/6`);
    await page.waitForSelector('table.nd-list tbody tr');
    expect(await rows().count()).toBe(76);
    const batch = await page.locator('#batch-title').boundingBox();
    const table = await page.locator('table.nd-list').boundingBox();
    expect(batch!.y).toBeLessThan(table!.y);
    expect(batch!.y + batch!.height).toBeLessThan(900);
    await page.screenshot({ path: join(shots, 'list-1440.png') });
  });

  it('sorts by the below-minimum count from its header, most first, then fewest first', async () => {
    const belowMin = header('ไม่ผ่าน');
    await belowMin.locator('button').click();
    expect(await belowMin.getAttribute('aria-sort')).toBe('descending');
    const desc = await shownCounts('belowMin');
    expect(desc).toHaveLength(76);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    const most = Math.max(...api.map((n) => n.counts.byStatus.belowMin));
    expect(desc[0]).toBe(most);
    const first = (await shownIsos())[0];
    expect(api.find((n) => n.iso === first)!.counts.byStatus.belowMin).toBe(most);
    await belowMin.locator('button').click();
    expect(await belowMin.getAttribute('aria-sort')).toBe('ascending');
    const asc = await shownCounts('belowMin');
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
  });

  it('filters by a status count and by notice state, as the API counts them', async () => {
    await page.selectOption('.nd-filters select >> nth=1', 'belowMin');
    await page.fill('.nd-filters input[type="number"]', '3');
    const expected = api.filter((n) => n.counts.byStatus.belowMin >= 3).map((n) => n.iso);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(76);
    await expect.poll(() => rows().count()).toBe(expected.length);
    expect((await shownIsos()).sort()).toEqual(expected.sort());
    expect((await shownCounts('belowMin')).every((c) => c >= 3)).toBe(true);

    // Notice state: only the reviewed ones, the status filter cleared first.
    await page.click('.nd-filters button');
    await expect.poll(() => rows().count()).toBe(76);
    await page.selectOption('.nd-filters select >> nth=0', 'reviewed');
    await expect.poll(() => rows().count()).toBe(2);
    expect((await shownIsos()).sort()).toEqual([...reviewed].sort());
    expect(await page.locator('.nd-filters [role="status"]').textContent()).toMatch(/แสดง (2|๒) จาก (76|๗๖) จังหวัด/);
    await page.screenshot({ path: join(shots, 'list-filtered-1440.png') });
  });

  it('selects only the rows shown, and a filter drops hidden rows from the selection', async () => {
    await page.click('.nd-actions[role="group"] button >> nth=0'); // select every province shown
    expect(await page.locator('table.nd-list tbody input[type="checkbox"]:checked').count()).toBe(2);
    // At least the higher of the two below-minimum counts: one of the two selected rows is hidden.
    const counts = reviewed.map((iso) => api.find((n) => n.iso === iso)!.counts.byStatus.belowMin);
    await page.selectOption('.nd-filters select >> nth=0', 'all');
    await page.selectOption('.nd-filters select >> nth=1', 'belowMin');
    await page.fill('.nd-filters input[type="number"]', String(Math.max(...counts)));
    await expect.poll(() => page.locator('table.nd-list tbody input[type="checkbox"]:checked').count()).toBe(1);
    const kept = reviewed[counts.indexOf(Math.max(...counts))];
    expect(await page.locator(`table.nd-list tbody tr[data-iso="${kept}"] input[type="checkbox"]`).isChecked()).toBe(true);
    expect(await page.locator('.nd-actions[role="group"]').textContent()).toMatch(new RegExp(`เลือกแล้ว (1|๑) จังหวัด`));
  });

  it('the notice page links the cover letter of the same notice', async () => {
    await page.goto(`${server.baseUrl}/notices/2566/6/TH-15`);
    const link = page.locator('a.button', { hasText: 'หนังสือนำส่ง' });
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/api\/notices\/2566\/6\/TH-15\/letter\.pdf\?/);
    const res = await fetch(server.baseUrl + href, { headers: { cookie: await sessionCookie(page) } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("a refused action names its reason in the reader's language (Thai, then English after the switch)", async () => {
    const draft = api.find((n) => n.state === 'draft' && !reviewed.includes(n.iso))!.iso;
    await page.goto(`${server.baseUrl}/notices/2566/6`);
    await page.locator(`table.nd-list tbody tr[data-iso="${draft}"] input[type="checkbox"]`).check();
    page.once('dialog', (d) => void d.accept()); // issuing asks first
    await page.click('.nd-actions[role="group"] button.primary >> nth=1'); // issue: refused, the notice is not reviewed
    await page.locator('[role="status"] p', { hasText: `${draft} ต้องตรวจทานก่อนออกเอกสาร` }).waitFor();
    await page.click('button[lang="en"]');
    await page.locator('[role="status"] p', { hasText: `${draft} The notice must be reviewed before it is issued.` }).waitFor();
  });
});
