/**
 * The notices' text as readers get it, from PDFs printed by the real Chromium from the real app:
 * lines that never end inside a word (every province's notice), a text layer pdf.js (and poppler,
 * where installed) reads as the notice's strings, and the document information and bookmarks.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoticeDocument } from '../shared/notice/document/NoticeDocument';
import { displayText, noticeText } from '../shared/notice/format';
import { noticeWords } from '../shared/notice/linebreak';
import { readOutline } from './helpers/outline';
import { pdfjsLines } from './helpers/pdfjs-lines';
import { splitRowMismatches } from './helpers/split-rows';
import { closeWithRenderer, openDemoApp } from './helpers/demo-app';
import type { Session, TestApp } from './helpers/test-app';
import { readZip } from './helpers/zip';

let t: TestApp;
let staff: Session;
beforeAll(async () => ({ t, staff } = await openDemoApp()));
afterAll(() => closeWithRenderer(t));

const pdf = async (path: string) => {
  const res = await staff.request(path);
  expect(res.status, path).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
};
const strip = (s: string) => s.replace(/\s+/g, '');
/** A mark or a following vowel: a line starting with one was broken inside a cluster. */
const NO_LINE_START = /^[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]/;

/** Lines ending inside a known word (its first part ends the line, the rest starts the next one). */
function brokenWords(lines: string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const end = lines[i]!.trimEnd();
    const next = lines[i + 1]!.trimStart();
    for (const w of noticeWords.words) {
      for (let k = 1; k < w.length; k++) if (end.endsWith(w.slice(0, k)) && next.startsWith(w.slice(k))) found.push(`${w.slice(0, k)}|${w.slice(k)}`);
    }
  }
  return found;
}

/** The notice's headings as printed (Thai digits), whitespace removed: a page must never end on one. */
const HEADINGS = [noticeText.section2, noticeText.section3, noticeText.section31, noticeText.section32, noticeText.section33, noticeText.section4].map((h) => strip(displayText(h, 'thai')));
const PAGE_NUMBER = /^-[๐-๙]+-$/;

describe('line breaks and the compact layout, over every province’s notice', () => {
  it('no line ends inside a known word or starts with a mark; no page ends on a heading; page counts', async () => {
    const zip = await pdf('/api/notices/2566/6.zip');
    const entries = readZip(zip);
    // 76 notices and the round's annex.
    expect(entries).toHaveLength(77);
    const broken: string[] = [];
    const badStarts: string[] = [];
    const headingAtEnd: string[] = [];
    const pageCounts = new Map<string, number>();
    let lines = 0;
    for (const e of entries) {
      const pages = await pdfjsLines(e.bytes);
      if (!e.name.startsWith('annex-')) pageCounts.set(e.name, pages.length);
      pages.forEach((page, p) => {
        lines += page.length;
        broken.push(...brokenWords(page).map((b) => `${e.name}: ${b}`));
        badStarts.push(...page.filter((l) => NO_LINE_START.test(l.trimStart())).map((l) => `${e.name}: ${l}`));
        // Keep-with-next: the last line of text on a page (page number and footer aside) is never part of a heading.
        const content = page.map(strip).filter((l) => l && !PAGE_NUMBER.test(l) && !l.startsWith('จังหวัด' + e.name.slice(6, -4) + 'ปีงบประมาณ'));
        const last = content.at(-1);
        if (p < pages.length - 1 && last && HEADINGS.some((h) => h.includes(last))) headingAtEnd.push(`${e.name} p.${p + 1}: ${last}`);
      });
    }
    expect(lines).toBeGreaterThan(76 * 50);
    expect(broken).toEqual([]);
    expect(badStarts).toEqual([]);
    expect(headingAtEnd).toEqual([]);

    // The compact form: the seed's example on at most 2 pages (11 before), the median notice on at most 3.
    const counts = [...pageCounts.values()].sort((a, b) => a - b);
    const histogram = Object.fromEntries([...new Set(counts)].map((n) => [n, counts.filter((c) => c === n).length]));
    console.log(`notice pages over ${counts.length} notices: median ${counts[Math.floor(counts.length / 2)]}, max ${counts.at(-1)}, distribution ${JSON.stringify(histogram)}`);
    expect(counts).toHaveLength(76);
    expect(pageCounts.get('TH-15_อ่างทอง.pdf')).toBeLessThanOrEqual(2);
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThanOrEqual(3);
    expect(counts.at(-1)).toBeLessThanOrEqual(4);
  }, 180_000);
});

describe('text layer', () => {
  it('reads back with pdf.js as the notice’s strings: no NUL, no inserted space', async () => {
    const live = (await (await staff.request('/api/notices/2566/6/TH-15')).json()) as any;
    const pages = await pdfjsLines(await pdf('/api/notices/2566/6/TH-15.pdf'));
    const text = pages.flat().join('\n');
    expect(text).not.toContain('\u0000');
    expect(text).not.toContain('\uFFFD');
    const htmlNodes = renderToStaticMarkup(createElement(NoticeDocument, { model: live.model, stamp: live.stamp, digits: 'thai' }))
      .split(/<[^>]+>/)
      .map((s) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    const html = htmlNodes.join('');
    // Raw, no folding: SARA AM reads as ำ (its glyphs have codes of their own, pdf/sara-am.ts).
    expect(text).not.toMatch(/\u0E4D/);
    expect(text).not.toContain('\u2060');
    const expected = strip(html);
    const printed = strip(text);
    // Exactly the notice's text, in order, once the page footers and repeated table headers are taken out.
    const esc = (x: string) => strip(x).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const extras = [
      displayText(noticeText.footer(live.model.province.nameTh, live.model.year, live.model.round), 'thai'),
      ...pages.map((_, i) => displayText(`- ${i + 1} -`, 'thai')),
      noticeText.colIndicator + noticeText.colResult + noticeText.colObservation,
      noticeText.colIndicator + noticeText.colObservation,
      noticeText.colSeq + noticeText.colStatus + noticeText.colCount,
    ].map((x) => new RegExp(esc(x), 'g'));
    expect(expected.length).toBeGreaterThan(0);
    // Rows may split across pages (a split row's cells interleave), so: the same characters, and every
    // text node whole or in two pieces (helpers/split-rows.ts).
    const nodes = htmlNodes.map(strip).filter(Boolean);
    expect(splitRowMismatches(printed, nodes, extras)).toEqual([]);
    for (const s of ['ตัวชี้วัด', 'ที่', 'เป็น', 'ปีงบประมาณ', 'ค่าเป้าหมายขั้นต้น', 'เอกสารแจ้งสถานะการดำเนินงาน', 'ประจำปีงบประมาณ', 'น้ำ']) expect(printed).toContain(s);
    // The annex, through the same finishing step: ำ whole in regular and bold text alike.
    const annex = strip((await pdfjsLines(await pdf('/api/notices/2566/6/annex.pdf'))).flat().join(''));
    expect(annex).not.toMatch(/\u0000|\u0E4D|\u2060/);
    expect(annex).toContain('สิ่งปนเปื้อน');
    expect(annex.match(/\u0E33/g)?.length).toBeGreaterThan(20);
  });

  it('reads back with poppler (pdftotext) as the notice’s strings, ำ included', async (ctx) => {
    try {
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    } catch {
      ctx.skip(); // poppler-utils not installed: pdf.js above covers the text layer
    }
    const dir = mkdtempSync(join(tmpdir(), 'notice-text-'));
    try {
      writeFileSync(join(dir, 'n.pdf'), await pdf('/api/notices/2566/6/TH-15.pdf'));
      writeFileSync(join(dir, 'annex.pdf'), await pdf('/api/notices/2566/6/annex.pdf'));
      const read = (f: string) => strip(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, f), '-'], { encoding: 'utf8' }));
      const text = read('n.pdf');
      expect(text).not.toMatch(/\u0000|\u0E4D\u0E32/);
      for (const s of ['เอกสารแจ้งสถานะการดำเนินงาน', 'ประจำปีงบประมาณพ.ศ.๒๕๖๖รอบ๖เดือน', 'น้ำ']) expect(text).toContain(s);
      // The national recommendations, now in the annex: no stray space inside สิ่งปนเปื้อน.
      const annex = read('annex.pdf');
      expect(annex).not.toMatch(/\u0000|\u0E4D\u0E32/);
      expect(annex).toContain('สิ่งปนเปื้อน');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('document information and bookmarks', () => {
  it('names the province, round and year in the Title and Subject', async () => {
    const doc = await PDFDocument.load(await pdf('/api/notices/2566/6/TH-15.pdf'), { updateMetadata: false });
    expect(doc.getTitle()).toBe(`${noticeText.title} จังหวัดอ่างทอง ${displayText('ประจำปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน', 'thai')}`);
    expect(doc.getSubject()).toContain('จังหวัดอ่างทอง');
    expect(doc.getSubject()).toContain('พ.ศ. ๒๕๖๖ รอบ ๖ เดือน');
    const arabic = await PDFDocument.load(await pdf('/api/notices/2566/6/TH-16.pdf?digits=arabic'), { updateMetadata: false });
    expect(arabic.getTitle()).toContain('พ.ศ. 2566 รอบ 6 เดือน');
  });

  it('gives the merged PDF one bookmark per province, each at its notice’s first page, and one for the annex, printed once', async () => {
    const bytes = await pdf('/api/notices/2566/6.pdf');
    const { pageCount, items } = await readOutline(bytes);
    expect(items).toHaveLength(77);
    expect(items.map((i) => i.title)).toContain('จังหวัดอ่างทอง');
    expect(items.at(-1)!.title).toBe(noticeText.annexTitle);
    expect(items.filter((i) => i.title === noticeText.annexTitle)).toHaveLength(1);
    expect(items[0]!.page).toBe(0);
    for (let i = 1; i < items.length; i++) expect(items[i]!.page).toBeGreaterThan(items[i - 1]!.page);
    expect(items.at(-1)!.page).toBeLessThan(pageCount);
    // The recommendations are printed once in the whole round (they were in every notice before).
    const text = strip((await pdfjsLines(bytes)).flat().join(''));
    expect(text.split('lookerstudio.google.com').length - 1).toBe(1);
  }, 120_000);
});
