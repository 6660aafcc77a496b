/**
 * The cover letter (หนังสือนำส่ง) over the real app and database, printed by the real Chromium:
 * its fields read back from the PDF bytes, the running number across issues, who may fetch it, and
 * the letter put before each notice in the ZIP and the merged PDF with `?withLetter=true`.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../server/bootstrap';
import { loadDemoData } from '../server/modules/imports/demo';
import { closeNoticeRenderer } from '../server/modules/notices/pdf/renderer';
import { extractPdfText } from './helpers/pdf-text';
import { pdfjsLines } from './helpers/pdfjs-lines';
import { createTestApp, type Session } from './helpers/test-app';
import { readZip } from './helpers/zip';

let t: ReturnType<typeof createTestApp>;
let staff: Session;
// The letter templates in a folder of the test's own (KPI_LETTER_DIR), so a test can edit one as staff would.
const letterDir = mkdtempSync(join(tmpdir(), 'letters-'));
const templatePath = join(letterDir, 'fy2566.json');
beforeAll(async () => {
  copyFileSync(join(dataDir, 'letters', 'fy2566.json'), templatePath);
  process.env.KPI_LETTER_DIR = letterDir;
  process.env.KPI_LETTER_SIGNER_NAME = 'นายทดสอบ ผู้ลงนาม';
  process.env.KPI_LETTER_SIGNER_POSITION = 'รองเลขาธิการ ก.พ.ร.';
  t = createTestApp();
  await loadDemoData(t.db, join(dataDir, 'demo'));
  staff = await t.signIn('staff');
});
afterAll(async () => {
  delete process.env.KPI_LETTER_SIGNER_NAME;
  delete process.env.KPI_LETTER_SIGNER_POSITION;
  delete process.env.KPI_LETTER_DIR;
  await closeNoticeRenderer();
  t.close();
  rmSync(letterDir, { recursive: true, force: true });
});

const strip = (s: string) => s.replace(/\s+/g, '');
const pdfText = async (bytes: Uint8Array) => strip((await extractPdfText(bytes)).pages.join('\n'));
const get = async (s: Pick<Session, 'request'>, path: string) => {
  const res = await s.request(path);
  return { status: res.status, type: res.headers.get('content-type'), bytes: new Uint8Array(await res.arrayBuffer()) };
};
const act = async (action: string, isos: string[]) => {
  const res = await staff.request('/api/notices/2566/6/actions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, isos }) });
  expect(res.status).toBe(200);
};

describe('cover letter PDF', () => {
  it('a draft letter for staff: addressee, subject, signature from settings, no number yet, stamped ร่าง', async () => {
    const r = await get(staff, '/api/notices/2566/6/TH-15/letter.pdf');
    expect(r.status).toBe(200);
    expect(r.type).toBe('application/pdf');
    const doc = await PDFDocument.load(r.bytes);
    expect(doc.getPageCount()).toBe(1);
    const text = await pdfText(r.bytes);
    for (const s of ['ร่าง', 'ที่นร๑๒๐๐/', 'สำนักงานก.พ.ร.', 'เรื่องแจ้งสถานะการดำเนินงานตามตัวชี้วัดจังหวัดประจำปีงบประมาณพ.ศ.๒๕๖๖รอบ๖เดือน',
      'เรียนผู้ว่าราชการจังหวัดอ่างทอง', 'สิ่งที่ส่งมาด้วย', 'ขอแสดงความนับถือ', '(นายทดสอบผู้ลงนาม)', 'รองเลขาธิการก.พ.ร.']) {
      expect(text).toContain(s);
    }
    expect(text).not.toMatch(/ที่นร๑๒๐๐\/[๐-๙]/);
    expect((await extractPdfText(r.bytes)).fonts.every((f) => f.embedded)).toBe(true);
  });

  it('province users get only their own letter, and only after issue; issues are numbered in order', async () => {
    const angthong = await t.signIn('province', 'TH-15');
    expect((await get(angthong, '/api/notices/2566/6/TH-15/letter.pdf')).status).toBe(404); // not issued yet
    expect((await get(angthong, '/api/notices/2566/6/TH-15/letter.pdf?version=live')).status).toBe(403);
    expect((await get(angthong, '/api/notices/2566/6/TH-20/letter.pdf')).status).toBe(403);
    expect((await get({ request: async (p) => t.app.request(p) }, '/api/notices/2566/6/TH-15/letter.pdf')).status).toBe(401);

    await act('review', ['TH-20', 'TH-15']);
    await act('issue', ['TH-20']);
    await act('issue', ['TH-15']);
    const own = await get(angthong, '/api/notices/2566/6/TH-15/letter.pdf');
    expect(own.status).toBe(200);
    const text = await pdfText(own.bytes);
    expect(text).toContain('ที่นร๑๒๐๐/๒'); // the year's second issue
    expect(text).not.toContain('ร่าง');
    expect(text).toContain('เรียนผู้ว่าราชการจังหวัดอ่างทอง');
    expect(await pdfText((await get(staff, '/api/notices/2566/6/TH-20/letter.pdf')).bytes)).toContain('ที่นร๑๒๐๐/๑เ'.slice(0, -1));
    expect((await get(angthong, '/api/notices/2566/6/TH-20/letter.pdf')).status).toBe(403);
    // Reprinting gives the same number (it is the version's, not a counter that moves).
    expect(await pdfText((await get(angthong, '/api/notices/2566/6/TH-15/letter.pdf?version=1')).bytes)).toContain('ที่นร๑๒๐๐/๒');
  });

  it('bad parameters are 422 or 404, never 500', async () => {
    expect((await get(staff, '/api/notices/2566/6/TH-99/letter.pdf')).status).toBe(404);
    expect((await get(staff, '/api/notices/2566/7/TH-15/letter.pdf')).status).toBe(422);
    expect((await get(staff, '/api/notices/2566/6/TH-15/letter.pdf?digits=roman')).status).toBe(422);
  });

  it('?withLetter=true puts the letter before each notice in the ZIP and the merged PDF', async () => {
    const zip = await get(staff, '/api/notices/2566/6.zip?withLetter=true');
    expect(zip.status).toBe(200);
    const entries = readZip(zip.bytes);
    // 76 notices, each with its letter, and the round's annex once (no letter of its own).
    expect(entries).toHaveLength(77);
    expect(entries.at(-1)!.name).toBe('annex-2566-r6.pdf');
    const angthong = entries.find((e) => e.name.startsWith('TH-15'))!;
    const pages = (await extractPdfText(angthong.bytes)).pages.map(strip);
    expect(pages[0]).toContain('เรียนผู้ว่าราชการจังหวัดอ่างทอง');
    expect(pages[1]).toContain('เอกสารแจ้งสถานะการดำเนินงาน');
    const notice = await get(staff, '/api/notices/2566/6/TH-15.pdf');
    expect((await PDFDocument.load(angthong.bytes)).getPageCount()).toBe((await PDFDocument.load(notice.bytes)).getPageCount() + 1);
    let total = 0;
    for (const e of entries) total += (await PDFDocument.load(e.bytes)).getPageCount();

    const merged = await get(staff, '/api/notices/2566/6.pdf?withLetter=true');
    expect(merged.status).toBe(200);
    const doc = await PDFDocument.load(merged.bytes);
    expect(doc.getPageCount()).toBe(total);
    const first = await PDFDocument.create();
    first.addPage((await first.copyPages(doc, [0]))[0]!);
    expect(strip((await extractPdfText(await first.save())).pages[0]!)).toContain('ขอแสดงความนับถือ');
  }, 300_000);

  it('the batch job puts the letters before the notices when asked (the page’s checkbox), and not otherwise', async () => {
    const run = async (withLetter: boolean) => {
      const start = await staff.request('/api/notice-batches', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ year: 2566, round: 6, format: 'zip', digits: 'thai', withLetter }),
      });
      expect(start.status).toBe(202);
      let job = (await start.json()) as { id: string; state: string; fileUrl: string | null };
      while (job.state === 'running') {
        await new Promise((r) => setTimeout(r, 200));
        job = (await (await staff.request(`/api/notice-batches/${job.id}`)).json()) as typeof job;
      }
      expect(job.state).toBe('done');
      const angthong = readZip((await get(staff, job.fileUrl!)).bytes).find((e) => e.name.startsWith('TH-15'))!;
      return (await extractPdfText(angthong.bytes)).pages.map(strip);
    };
    const withLetters = await run(true);
    expect(withLetters[0]).toContain('เรียนผู้ว่าราชการจังหวัดอ่างทอง');
    expect(withLetters[1]).toContain('เอกสารแจ้งสถานะการดำเนินงาน');
    const without = await run(false);
    expect(without[0]).toContain('เอกสารแจ้งสถานะการดำเนินงาน');
    expect(without.join('')).not.toContain('เรียนผู้ว่าราชการจังหวัดอ่างทอง');
    expect(withLetters.length).toBe(without.length + 1);
  }, 300_000);
});

describe('the letter is frozen with the notice’s version', () => {
  const editTemplate = (edit: (t: any) => void) => {
    const template = JSON.parse(readFileSync(templatePath, 'utf8'));
    edit(template);
    writeFileSync(templatePath, JSON.stringify(template));
    // A later mtime, whatever the file system's clock granularity: the server re-reads a changed template.
    const later = new Date(Date.now() + 60_000);
    utimesSync(templatePath, later, later);
  };
  /** The letter's text as pdf.js reads it (the text layer browser viewers search and copy). */
  const viewerText = async (bytes: Uint8Array) => strip((await pdfjsLines(bytes)).flat().join(''));

  it('issuing freezes the wording, number and date; editing the template afterwards changes drafts only', async () => {
    await act('review', ['TH-16']);
    await act('issue', ['TH-16']);
    const issued = await get(staff, '/api/notices/2566/6/TH-16/letter.pdf');
    expect(issued.status).toBe(200);
    const before = await viewerText(issued.bytes);
    const number = before.match(/ที่นร๑๒๐๐\/([๐-๙]+)/)?.[1];
    expect(number).toBeTruthy();
    // The letter's text layer is repaired like the notice's: pdf.js reads no NUL and ำ whole.
    expect(before).not.toMatch(/\u0000|\u0E4D|\u2060/);
    expect(before).toContain('ขอแสดงความนับถือ');
    expect(before).toContain('เรียนผู้ว่าราชการจังหวัดลพบุรี');
    expect(before).toContain('จึงเรียนมาเพื่อโปรดพิจารณาเร่งรัด');
    // The frozen letter sits in the version's row, under the hash chain like the model.
    const row = t.db.$client.prepare(`select v.model_json as json from notice_versions v join notices n on n.id = v.notice_id where n.province_iso = 'TH-16' and v.version = 1`).get() as { json: string };
    expect(JSON.parse(row.json).letter.sequence).toBeGreaterThan(0);

    editTemplate((tpl) => {
      tpl.subject = 'แจ้งผลการติดตามตัวชี้วัดจังหวัด ฉบับแก้ไขถ้อยคำ ปีงบประมาณ พ.ศ. {year}';
      tpl.body[2] = 'จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการต่อไป';
      tpl.sender.referencePrefix = 'นร ๐๙๙๙/';
    });
    // A draft (never issued) takes the new wording at once …
    const draft = await viewerText((await get(staff, '/api/notices/2566/6/TH-17/letter.pdf')).bytes);
    expect(draft).toContain('ฉบับแก้ไขถ้อยคำ');
    expect(draft).toContain('จึงเรียนมาเพื่อโปรดทราบ');
    expect(draft).toContain('ที่นร๐๙๙๙/');
    // … the issued letter does not: the same text, number and date, for staff, the province, by version.
    const lopburi = await t.signIn('province', 'TH-16');
    for (const [who, path] of [[staff, '/api/notices/2566/6/TH-16/letter.pdf'], [lopburi, '/api/notices/2566/6/TH-16/letter.pdf'], [staff, '/api/notices/2566/6/TH-16/letter.pdf?version=1']] as const) {
      const again = await get(who, path);
      expect(again.status, path).toBe(200);
      expect(await viewerText(again.bytes)).toBe(before);
    }

    // A new issue of the same notice (after an edit) freezes the letter as it is now, with the next number.
    const live = (await (await staff.request('/api/notices/2566/6/TH-16')).json()) as any;
    const edited = await staff.request(`/api/notices/2566/6/TH-16/observations/${live.model.items[0].assignmentId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'ข้อสังเกตที่แก้ไขหลังออกเอกสารฉบับแรก' }),
    });
    expect(edited.status).toBe(200);
    await act('review', ['TH-16']);
    await act('issue', ['TH-16']);
    const second = await viewerText((await get(staff, '/api/notices/2566/6/TH-16/letter.pdf')).bytes);
    expect(second).toContain('ฉบับแก้ไขถ้อยคำ');
    expect(second).toMatch(/ที่นร๐๙๙๙\/[๐-๙]+/);
    expect(second).not.toContain(`ที่นร๐๙๙๙/${number}`);
    expect(await viewerText((await get(staff, '/api/notices/2566/6/TH-16/letter.pdf?version=1')).bytes)).toBe(before);
  }, 120_000);
});

