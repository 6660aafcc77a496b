/**
 * Notice PDFs printed by the real headless Chromium (one browser for this file, the app's shared
 * renderer) from the real app and database. The PDF's text, read with pdf-lib honouring ActualText,
 * must hold every string of the HTML notice exactly, with nothing else but page footers, page numbers
 * and repeated table headers: no lost, doubled or reordered Thai marks. Rows may split across pages
 * (the compact form), so a split row's cells interleave: see helpers/split-rows.ts.
 */
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoticeDocument } from '../shared/notice/document/NoticeDocument';
import { displayText, noticeText } from '../shared/notice/format';
import type { Digits, NoticeModel, NoticeStamp } from '../shared/contracts/notice';
import { noticePrintHtml } from '../server/modules/notices/pdf/print-html';
import { noticeRenderer } from '../server/modules/notices/pdf/renderer';
import { extractPdfText } from './helpers/pdf-text';
import { splitRowMismatches, wholeOrSplitOnce } from './helpers/split-rows';
import { closeWithRenderer, openDemoApp, withSmallRound } from './helpers/demo-app';
import { multipart, type Session, type TestApp } from './helpers/test-app';
import { csv, header } from './helpers/test-db';
import { readZip } from './helpers/zip';

let t: TestApp;
let staff: Session;
beforeAll(async () => ({ t, staff } = await openDemoApp()));
afterAll(() => closeWithRenderer(t));

const json = async (res: Response) => (await res.json()) as any;
const pdf = async (app: Pick<Session, 'request'>, path: string) => {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  return new Uint8Array(await res.arrayBuffer());
};
const strip = (s: string) => s.replace(/\s+/g, '');
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
/** The text nodes of the HTML notice, in document order. */
const htmlStrings = (model: NoticeModel, stamp: NoticeStamp, digits: Digits) =>
  renderToStaticMarkup(createElement(NoticeDocument, { model, stamp, digits }))
    .split(/<[^>]+>/)
    .map((s) => strip(decode(s)))
    .filter(Boolean);
const THAI_MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

const extrasFor = (model: NoticeModel, digits: Digits, pages: number) => {
  const esc = (s: string) => strip(s).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return [
    new RegExp(esc(displayText(noticeText.footer(model.province.nameTh, model.year, model.round), digits)), 'g'),
    // Page numbers: "- ๒ -" at the top centre, from page 2.
    ...Array.from({ length: pages }, (_, i) => new RegExp(esc(displayText(`- ${i + 1} -`, digits)), 'g')),
    // Table headers repeat on every page a table continues on.
    new RegExp(esc(noticeText.colIndicator + noticeText.colResult + noticeText.colObservation), 'g'),
    new RegExp(esc(noticeText.colIndicator + noticeText.colObservation), 'g'),
    new RegExp(esc(noticeText.colSeq + noticeText.colStatus + noticeText.colCount), 'g'),
  ];
};

describe('one notice as PDF', () => {
  it('prints อ่างทอง with every Thai string of the HTML notice exactly, fonts embedded', async () => {
    const live = await json(await staff.request('/api/notices/2566/6/TH-15'));
    const bytes = await pdf(staff, '/api/notices/2566/6/TH-15.pdf');
    const { pages, fonts } = await extractPdfText(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded && /Sarabun/.test(f.name))).toBe(true);
    const text = strip(pages.join(''));
    const nodes = htmlStrings(live.model, live.stamp, 'thai');
    const html = nodes.join('');
    const extras = extrasFor(live.model, 'thai', pages.length);
    // Exactly the HTML's text: nothing lost or doubled, marks included, every string whole or split at a page break.
    expect(splitRowMismatches(text, nodes, extras)).toEqual([]);
    expect((text.match(THAI_MARKS) ?? []).length).toBeGreaterThan(500);
    // The seed's figures, as printed.
    for (const s of ['๑.จำนวนตัวชี้วัด๑๐ตัวชี้วัด(รวม๒องค์ประกอบ)', 'รายได้จากการท่องเที่ยวของผู้เยี่ยมเยือนชาวไทย', '๔๔๙.๒๑ล้านบาท', '๗๐๗.๑๔ล้านบาท', '๗๔๔.๓๔ล้านบาท', '๘๐๒.๒๕ล้านบาท']) {
      expect(text).toContain(s);
    }
    // The seed's example fits on two pages (it took 11 before the compact form); the ๓.๒ table
    // continues on page 2, so its header row repeats there.
    const head = strip(noticeText.colIndicator + noticeText.colResult + noticeText.colObservation);
    const count = (s: string, sub: string) => s.split(sub).length - 1;
    expect(pages.length).toBeLessThanOrEqual(2);
    expect(count(text, head)).toBeGreaterThan(count(html, head));
    // Every observation of ๓.๑ and ๓.๒ is printed (whole, or across one page break); ๓.๓ and ๔ are compact lists.
    for (const item of live.model.items.filter((i: any) => i.status === 'belowMin' || i.status === 'notReported')) {
      const observation = strip(displayText(item.observation.text, 'thai'));
      expect(wholeOrSplitOnce(text, observation), `${item.indicatorCode} ${item.component ?? ''}`).toBe(true);
    }
    // Page numbers in Thai digits at the top, from page 2; none on page 1.
    expect(strip(pages[0]!)).not.toMatch(/^-๑-/);
    pages.slice(1).forEach((p, i) => expect(strip(p)).toContain(`-${displayText(String(i + 2), 'thai')}-`));
  });

  it('switches to Arabic digits, page numbers included', async () => {
    const live = await json(await staff.request('/api/notices/2566/6/TH-15'));
    const { pages } = await extractPdfText(await pdf(staff, '/api/notices/2566/6/TH-15.pdf?digits=arabic'));
    const text = strip(pages.join(''));
    const extras = extrasFor(live.model, 'arabic', pages.length);
    expect(splitRowMismatches(text, htmlStrings(live.model, live.stamp, 'arabic'), extras)).toEqual([]);
    expect(text).toContain('449.21ล้านบาท');
    expect(text).toContain('-2-');
    expect(text.replace(/https?:\/\/\S+/g, '')).not.toMatch(/[๐-๙]/);
  });

  it('shows an observation with <script> or HTML as text, in the page and in the PDF', async () => {
    const { model } = await json(await staff.request('/api/notices/2566/6/TH-16'));
    const evil = '<script>document.title="hacked"</script><b>ตัวหนา</b> & <img src=x onerror="document.title=\'img\'">';
    // An item below minimum: its observation is printed (those of ๓.๓ and ๔ are not).
    const item = model.items.find((i: any) => i.status === 'belowMin');
    const put = await staff.request(`/api/notices/2566/6/TH-16/observations/${item.assignmentId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: evil }),
    });
    expect(put.status).toBe(200);
    const live = await json(await staff.request('/api/notices/2566/6/TH-16'));

    // The page the PDF is printed from, in the real browser: no script, no image, the characters shown.
    const page = await noticeRenderer().withPage(noticePrintHtml(live.model, live.stamp, 'thai'), async (p) => ({
      scripts: await p.locator('body script').count(),
      images: await p.locator('img, b').count(),
      title: await p.title(),
      text: await p.textContent('body'),
    }));
    expect(page.scripts).toBe(0);
    expect(page.images).toBe(0);
    expect(page.title).not.toMatch(/hacked|img/);
    expect(page.text).toContain(evil);

    const { pages } = await extractPdfText(await pdf(staff, '/api/notices/2566/6/TH-16.pdf'));
    expect(strip(pages.join(''))).toContain(strip(evil));
  });

  it('prints an issued notice from its frozen version, never from live data', async () => {
    const act = (action: string) =>
      staff.request('/api/notices/2566/6/actions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, isos: ['TH-15'] }) });
    expect((await act('review')).status).toBe(200);
    expect((await json(await act('issue'))).outcomes[0]).toMatchObject({ ok: true, version: 1 });
    const importTourism = async (value: number) => {
      const body = multipart(csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, value, '']]), 'x.csv');
      expect((await staff.request('/api/imports', { method: 'POST', body })).status).toBe(200);
    };
    await importTourism(612.34);

    const issued = strip((await extractPdfText(await pdf(staff, '/api/notices/2566/6/TH-15.pdf'))).pages.join(''));
    expect(issued).toContain('๔๔๙.๒๑ล้านบาท');
    expect(issued).not.toContain('๖๑๒.๓๔');
    expect(issued).toContain('ฉบับที่๑ออกเมื่อ');
    const draft = strip((await extractPdfText(await pdf(staff, '/api/notices/2566/6/TH-15.pdf?version=live'))).pages.join(''));
    expect(draft).toContain('๖๑๒.๓๔ล้านบาท');
    expect(draft).toContain('ฉบับร่าง');
    const v1 = strip((await extractPdfText(await pdf(staff, '/api/notices/2566/6/TH-15.pdf?version=1'))).pages.join(''));
    expect(v1).toBe(issued);
    expect((await staff.request('/api/notices/2566/6/TH-15.pdf?version=2')).status).toBe(404);
    await importTourism(449.21);
  });

  it('answers 404 for a province outside the round and 422 for a bad file name', async () => {
    expect((await staff.request('/api/notices/2566/6/TH-10.pdf')).status).toBe(404);
    expect((await staff.request('/api/notices/2566/6/TH-15.pdf?digits=roman')).status).toBe(422);
    expect((await staff.request('/api/notices/2566/7.zip')).status).toBe(422); // no 7-month round
  });
});

describe('every province at once', () => {
  it('renders the whole round into a ZIP through a batch job, with progress, within the renderer’s cap', async () => {
    const renderer = noticeRenderer();
    const start = await staff.request('/api/notice-batches', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ year: 2566, round: 6, format: 'zip', digits: 'thai' }),
    });
    expect(start.status).toBe(202);
    let job = await json(start);
    expect(job).toMatchObject({ state: 'running', total: 76, fileUrl: null });
    const seen: number[] = [];
    let maxRunning = 0;
    while (job.state === 'running') {
      maxRunning = Math.max(maxRunning, renderer.load.running);
      await new Promise((r) => setTimeout(r, 100));
      job = await json(await staff.request(`/api/notice-batches/${job.id}`));
      seen.push(job.done);
    }
    expect(job).toMatchObject({ state: 'done', done: 76, total: 76, fileName: 'notices-2566-r6.zip' });
    expect(seen).toEqual([...seen].sort((a, b) => a - b)); // progress only goes forward
    expect(maxRunning).toBeLessThanOrEqual(renderer.concurrency);

    const res = await staff.request(job.fileUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const entries = readZip(new Uint8Array(await res.arrayBuffer()));
    // 76 notices and the round's national annex, once.
    expect(entries).toHaveLength(77);
    expect(entries.map((e) => e.name)).toContain('TH-15_อ่างทอง.pdf');
    expect(entries.filter((e) => e.name.startsWith('annex-')).map((e) => e.name)).toEqual(['annex-2566-r6.pdf']);
    for (const e of entries) expect(new TextDecoder().decode(e.bytes.subarray(0, 5))).toBe('%PDF-');
    const ang = entries.find((e) => e.name === 'TH-15_อ่างทอง.pdf')!;
    expect(strip((await extractPdfText(ang.bytes)).pages.join(''))).toContain('ฉบับที่๑ออกเมื่อ'); // issued above: its frozen version

    expect((await staff.request('/api/notice-batches/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('serves the round as .zip and as one merged .pdf directly (a small round)', async () => {
    const rows = [
      [2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, 449.21, ''],
      [2566, 6, 'อ่างทอง', 'ENV-02', 'แม่น้ำน้อย', 59, 64, 67, 53.07, ''],
      [2566, 6, 'ชลบุรี', 'SOC-02', '', 30, 28, 25, 31.5, ''],
    ];
    await withSmallRound(rows, async (smallStaff) => {
      const zip = await smallStaff.request('/api/notices/2566/6.zip');
      expect(zip.status).toBe(200);
      expect(zip.headers.get('content-disposition')).toContain('notices-2566-r6.zip');
      const entries = readZip(new Uint8Array(await zip.arrayBuffer()));
      expect(entries.map((e) => e.name)).toEqual(['TH-15_อ่างทอง.pdf', 'TH-20_ชลบุรี.pdf', 'annex-2566-r6.pdf']);

      const merged = await pdf(smallStaff, '/api/notices/2566/6.pdf');
      const pagesOf = async (b: Uint8Array) => (await PDFDocument.load(b)).getPageCount();
      let total = 0;
      for (const e of entries) total += await pagesOf(e.bytes);
      expect(await pagesOf(merged)).toBe(total);
      const text = strip((await extractPdfText(merged)).pages.join(''));
      expect(text.indexOf('จังหวัดอ่างทอง')).toBeLessThan(text.indexOf('จังหวัดชลบุรี'));
      expect(text).toContain('สูงกว่าค่าเป้าหมายขั้นต้น(ไม่เกิน๓๐.๐๐ต่อพันคน)'); // lower is better, in the PDF too
    });
  });
});
