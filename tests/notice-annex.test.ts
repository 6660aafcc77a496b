/**
 * The round's national annex (ภาคผนวก): OPDC's recommendations printed once, as their own PDF from the
 * same React components, instead of in each of the 76 notices; each notice refers to it in one line.
 * Real app, real SQLite, real Chromium.
 */
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayText, noticeText } from '../shared/notice/format';
import { readOutline } from './helpers/outline';
import { extractPdfText } from './helpers/pdf-text';
import { closeWithRenderer, openDemoApp, withSmallRound } from './helpers/demo-app';
import type { Session, TestApp } from './helpers/test-app';
import { readZip } from './helpers/zip';

let t: TestApp;
let staff: Session;
beforeAll(async () => ({ t, staff } = await openDemoApp()));
afterAll(() => closeWithRenderer(t));

const strip = (s: string) => s.replace(/\s+/g, '');
const get = async (s: Pick<Session, 'request'>, path: string) => {
  const res = await s.request(path);
  expect(res.status, path).toBe(200);
  return res;
};
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());

describe('GET /api/notices/:year/:round/annex.pdf', () => {
  it('prints every recommendation of an indicator some province must prioritise, once, numbered ๕.๑, ๕.๒ …', async () => {
    const res = await get(staff, '/api/notices/2566/6/annex.pdf');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('annex-2566-r6.pdf');
    const bytes = await bytesOf(res);
    const text = strip((await extractPdfText(bytes)).pages.join(''));
    expect(text).toContain(strip(noticeText.annexTitle));
    expect(text).toContain(strip(displayText(noticeText.yearRound(2566, 6), 'thai')));

    // Every indicator with a province below minimum and a recommendation has its heading, once.
    const { indicators } = (await (await get(staff, '/api/notices/2566/6/recommendations')).json()) as any;
    const expected = indicators.filter((i: any) => i.belowMin.length > 0 && i.recommendation.text.trim() !== '');
    expect(expected.length).toBeGreaterThan(5);
    const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    for (const ind of expected) expect(text, ind.code).toMatch(new RegExp(`๕\\.[๑-๙][๐-๙]*${esc(strip(displayText(ind.nameTh, 'thai')))}`));
    // Numbered ๕.๑, ๕.๒ … in order, one per indicator printed.
    let at = 0;
    for (let k = 1; k <= expected.length; k++) {
      const next = text.indexOf(displayText(`๕.${k}`, 'thai'), at);
      expect(next, `๕.${k}`).toBeGreaterThan(at - 1);
      at = next + 1;
    }
    // OPDC's own text from the seed, its web address with its digits untouched.
    expect(text).toContain('https://lookerstudio.google.com/reporting/6ea85de7-791b-43a9-aa98-713196c2ea54');

    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe(`${noticeText.annexTitle} ${displayText(noticeText.yearRound(2566, 6), 'thai')}`);
    expect(doc.getSubject()).toContain(noticeText.measure);
  });

  it('each notice refers to the annex in one line and no longer prints the recommendations', async () => {
    const text = strip((await extractPdfText(await bytesOf(await get(staff, '/api/notices/2566/6/TH-15.pdf')))).pages.join(''));
    expect(text).toContain(strip(noticeText.section5Annex));
    expect(text).not.toContain('lookerstudio');
  });

  it('answers 422 for a bad round and 404 for a year without the round', async () => {
    expect((await staff.request('/api/notices/2566/7/annex.pdf')).status).toBe(422);
    expect((await staff.request('/api/notices/2560/6/annex.pdf')).status).toBe(404);
  });
});

describe('the annex in the round’s ZIP and merged PDF', () => {
  it('appears once, after the notices, with its own bookmark', async () => {
    const rows = [
      [2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, 449.21, ''],
      [2566, 6, 'ชลบุรี', 'ECO-05', '', 900, 950, 1000, 800, ''],
      [2566, 6, 'ชลบุรี', 'SOC-02', '', 30, 28, 25, 31.5, ''],
    ];
    await withSmallRound(rows, async (smallStaff) => {
      const entries = readZip(await bytesOf(await get(smallStaff, '/api/notices/2566/6.zip')));
      expect(entries.map((e) => e.name)).toEqual(['TH-15_อ่างทอง.pdf', 'TH-20_ชลบุรี.pdf', 'annex-2566-r6.pdf']);

      const merged = await bytesOf(await get(smallStaff, '/api/notices/2566/6.pdf'));
      const { pageCount, items } = await readOutline(merged);
      expect(items.map((i) => i.title)).toEqual(['จังหวัดอ่างทอง', 'จังหวัดชลบุรี', noticeText.annexTitle]);
      const pagesOf = async (b: Uint8Array) => (await PDFDocument.load(b)).getPageCount();
      expect(items[2]!.page).toBe((await pagesOf(entries[0]!.bytes)) + (await pagesOf(entries[1]!.bytes)));
      expect(pageCount).toBe(items[2]!.page + (await pagesOf(entries[2]!.bytes)));
      // ECO-05 is below minimum in both provinces: its recommendation is printed once in the whole file.
      const text = strip((await extractPdfText(merged)).pages.join(''));
      const heading = strip(displayText('๕.๑ รายได้จากการท่องเที่ยวของผู้เยี่ยมเยือนชาวไทย', 'thai'));
      expect(text.split(heading).length - 1).toBe(1);
    });
  });
});
