/**
 * Status notices through the real app on real SQLite with the demo data: the seed's notice, drafted
 * observations and national recommendations with edits kept apart from drafts, and the workflow
 * draft → reviewed → issued with frozen versions.
 */
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoticeDocument } from '../shared/notice/document/NoticeDocument';
import type { Digits, NoticeModel, NoticeStamp } from '../shared/contracts/notice';
import { noticeText } from '../shared/notice/format';
import { openDemoApp } from './helpers/demo-app';
import { multipart, type Session, type TestApp } from './helpers/test-app';
import { csv, header } from './helpers/test-db';

let t: TestApp;
let staff: Session;
beforeAll(async () => ({ t, staff } = await openDemoApp()));
afterAll(() => t.close());

const json = async (res: Response) => (await res.json()) as any;
const get = async (path: string) => {
  const res = await staff.request(path);
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  return json(res);
};
const send = (method: string, path: string, body: unknown) =>
  staff.request(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const act = async (action: string, isos: string[]) => {
  const res = await send('POST', '/api/notices/2566/6/actions', { action, isos });
  expect(res.status).toBe(200);
  return (await json(res)).outcomes as any[];
};
const html = (model: NoticeModel, stamp: NoticeStamp, digits: Digits = 'thai') => renderToStaticMarkup(createElement(NoticeDocument, { model, stamp, digits }));
/** The text a reader sees, tags removed and entities decoded. */
// Unbreakable runs and break opportunities (shared/notice/NoticeText) are inline: they add no space.
const inline = (h: string) => h.replace(/<span class="nw">([^<]*)<\/span>/g, '$1').replace(/<wbr\/?>/g, '');
const visible = (h: string) => inline(h).replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
const squash = (s: string) => s.replace(/\s+/g, ' ');
const importRows = async (rows: (string | number)[][]) => {
  const res = await staff.request('/api/imports', { method: 'POST', body: multipart(csv([header, ...rows]), 'change.csv') });
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
};
const tourismRow = (result: number | string) => [2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, result, ''];
const eco05 = (model: NoticeModel) => model.items.find((i) => i.indicatorCode === 'ECO-05')!;

describe('the seed’s notice: อ่างทอง (TH-15), FY2566 6-month round', () => {
  it('has the seed’s counts and the tourism revenue against its three targets', async () => {
    const { model, status, stamp } = await get('/api/notices/2566/6/TH-15');
    expect(model.counts).toEqual({ items: 10, components: 2, byStatus: { notReported: 0, belowMin: 4, metMin: 3, pending: 3 } });
    expect(status.state).toBe('draft');
    expect(stamp).toMatchObject({ state: 'draft', version: null });
    const below = model.items.filter((i: any) => i.status === 'belowMin');
    expect(below.map((i: any) => `${i.indicatorCode}${i.component ? `/${i.component}` : ''}`)).toEqual(['ECO-05', 'SOC-01', 'SOC-03', 'ENV-02/แม่น้ำน้อย']);
    expect(below[0]).toMatchObject({ nameTh: 'รายได้จากการท่องเที่ยวของผู้เยี่ยมเยือนชาวไทย', unitTh: 'ล้านบาท', result: { kind: 'value', value: 449.21 }, targets: { min: 707.14, std: 744.34, adv: 802.25 } });
  });

  it('renders the seed’s structure and figures in Thai digits', async () => {
    const { model, stamp } = await get('/api/notices/2566/6/TH-15');
    const text = squash(visible(html(model, stamp)));
    for (const s of [
      'เอกสารแจ้งสถานะการดำเนินงาน',
      'ตัวชี้วัดตามมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการของจังหวัด',
      'ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน',
      'จังหวัดอ่างทอง',
      '๑. จำนวนตัวชี้วัด ๑๐ ตัวชี้วัด (รวม ๒ องค์ประกอบ)',
      '๒. สถานะของจังหวัด ดังนี้',
      'ลำดับ สถานะ จำนวน (ตัวชี้วัด)',
      '๑ ไม่รายงานผล -',
      '๒ ไม่ผ่านค่าเป้าหมายขั้นต้น ๔',
      '๓ ผ่านค่าเป้าหมายขั้นต้น ๓',
      '๔ ยังไม่สามารถออกผลการดำเนินงาน/อยู่ระหว่างดำเนินการ ๓',
      '๓. ตัวชี้วัดที่จังหวัดควรให้ความสำคัญ และเร่งดำเนินการเพื่อให้บรรลุค่าเป้าหมายตามที่กำหนด ดังนี้',
      '๓.๑ ตัวชี้วัดที่ “ไม่รายงานผล” สรุปรายละเอียดดังนี้ ตัวชี้วัด ข้อสังเกตของสำนักงาน ก.พ.ร. - -',
      '๓.๒ ตัวชี้วัดที่ “ไม่ผ่านค่าเป้าหมายขั้นต้น” สรุปรายละเอียดดังนี้',
      // The three targets under the result, in its row (the compact form).
      '๑. รายได้จากการท่องเที่ยวของผู้เยี่ยมเยือนชาวไทย ๔๔๙.๒๑ ล้านบาท เป้าหมายขั้นต้น ๗๐๗.๑๔ ล้านบาท เป้าหมายมาตรฐาน ๗๔๔.๓๔ ล้านบาท เป้าหมายขั้นสูง ๘๐๒.๒๕ ล้านบาท',
    ]) {
      expect(text).toContain(s);
    }
    // Sections in the seed's order, then pending, met and the national recommendations.
    const order = ['๓.๑', '๓.๒', '๓.๓', '๔. ตัวชี้วัดที่ “ผ่าน', '๕. ข้อเสนอแนะ'].map((s) => text.indexOf(s));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
    // Every digit is Thai. The national recommendations are not repeated here: ๕ refers to the round's annex in one line.
    expect(text.replace(/https?:\/\/\S+/g, '')).not.toMatch(/[0-9]/);
    expect(text).toContain(noticeText.section5Annex);
    expect(text).not.toContain('lookerstudio');
  });

  it('switches to Arabic digits, web addresses untouched either way', async () => {
    const { model, stamp } = await get('/api/notices/2566/6/TH-15');
    const text = squash(visible(html(model, stamp, 'arabic')));
    expect(text).toContain('1. จำนวนตัวชี้วัด 10 ตัวชี้วัด (รวม 2 องค์ประกอบ)');
    expect(text).toContain('449.21 ล้านบาท');
    expect(text).not.toMatch(/[๐-๙]/);
  });

  it('lists every province of the round, all drafts at first', async () => {
    const body = await get('/api/notices/2566/6');
    expect(body.notices).toHaveLength(76);
    expect(body.totals).toEqual({ draft: 76, reviewed: 0, issued: 0 });
    expect(body.notices.find((n: any) => n.iso === 'TH-15')).toMatchObject({ nameTh: 'อ่างทอง', counts: { items: 10, components: 2 } });
  });
});

describe('observations: drafts from facts, edits kept apart', () => {
  it('drafts from the data, and an edit never gets overwritten by re-drafting', async () => {
    const before = eco05((await get('/api/notices/2566/6/TH-15')).model);
    expect(before.observation).toMatchObject({ edited: false, templateId: 'belowMin.higher', draftChangedSinceEdit: false });
    expect(before.observation.text).toContain('449.21 ล้านบาท ต่ำกว่าค่าเป้าหมายขั้นต้น (707.14 ล้านบาท) อยู่ 257.93 ล้านบาท คิดเป็นร้อยละ 63.52 ของค่าเป้าหมายขั้นต้น');
    expect(before.observation.text).toContain('เทียบกับรอบเดียวกันของปีงบประมาณ 2565 (401.37 ล้านบาท)'); // the demo's FY2565 value
    expect(before.observation.text).toContain('39 จาก 45 จังหวัด');
    // Opens with the province's own account as the seed writes it: one ไปแล้ว, the note's bracketed source left out.
    expect(before.observation.text).toContain('และสร้างความร่วมมือกับเครือข่ายด้านการท่องเที่ยวไปแล้ว ');
    expect(before.observation.text).not.toMatch(/ไปแล้ว\s*ไปแล้ว|\(ข้อมูล/);

    const edit = 'ในช่วง ๖ เดือนที่ผ่านมาจังหวัดได้ดำเนินการประชาสัมพันธ์การท่องเที่ยว\r\nจังหวัดควรจัดกิจกรรมที่ยังไม่ได้ดำเนินการ';
    const res = await send('PUT', `/api/notices/2566/6/TH-15/observations/${before.assignmentId}`, { text: edit });
    expect(res.status).toBe(200);
    const saved = await json(res);
    expect(saved.observation).toMatchObject({ edited: true, editedBy: 'test-staff', text: edit.replace('\r\n', '\n') });
    const row = t.db.$client.prepare('select draft_text, edited_text, edited_by from observations where assignment_id = ?').get(before.assignmentId) as any;
    expect(row.draft_text).toBe(before.observation.text);
    expect(row.edited_text).toBe(edit.replace('\r\n', '\n'));

    // New data re-drafts the draft; the edit stands, flagged for a second look.
    await importRows([tourismRow(520.5)]);
    const after = eco05((await get('/api/notices/2566/6/TH-15')).model);
    expect(after.observation).toMatchObject({ edited: true, text: edit.replace('\r\n', '\n'), draftChangedSinceEdit: true });
    // The read drafted on the fly and stored nothing; the next write stores the new draft.
    const stored = () => (t.db.$client.prepare('select draft_text from observations where assignment_id = ?').get(before.assignmentId) as any).draft_text;
    expect(stored()).toContain('449.21');

    // Dropping the edit brings back the (new) draft, now stored.
    const cleared = await json(await send('PUT', `/api/notices/2566/6/TH-15/observations/${before.assignmentId}`, { text: null }));
    expect(cleared.observation).toMatchObject({ edited: false, editedBy: null });
    expect(cleared.observation.text).toContain('520.50 ล้านบาท'); // the catalog's 2 places for ล้านบาท
    expect(stored()).toContain('520.50 ล้านบาท');
    expect(stored()).not.toContain('449.21');
    await importRows([tourismRow(449.21)]);
  });

  it('keeps an observation with markup as text: stored as typed, printed as characters, never as HTML', async () => {
    const { model } = await get('/api/notices/2566/6/TH-16');
    // An item below minimum: its observation is printed (those of ๓.๓ and ๔ are not).
    const item = model.items.find((i: any) => i.status === 'belowMin');
    const evil = '<script>alert("x")</script><b>ตัวหนา</b> & <img src=x onerror=alert(document.cookie)>';
    const saved = await json(await send('PUT', `/api/notices/2566/6/TH-16/observations/${item.assignmentId}`, { text: evil }));
    expect(saved.observation.text).toBe(evil);
    const after = await get('/api/notices/2566/6/TH-16');
    const markup = html(after.model, after.stamp);
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;ตัวหนา&lt;/b&gt; &amp; &lt;img');
    expect(visible(markup)).toContain(evil);
  });

  it('refuses an empty observation, an item of another province and a bad round', async () => {
    const { model } = await get('/api/notices/2566/6/TH-15');
    const empty = await send('PUT', `/api/notices/2566/6/TH-15/observations/${model.items[0].assignmentId}`, { text: '  \n ' });
    expect(empty.status).toBe(422);
    expect((await json(empty)).error.code).toBe('EMPTY_OBSERVATION');
    const other = await send('PUT', `/api/notices/2566/6/TH-16/observations/${model.items[0].assignmentId}`, { text: 'x' });
    expect(other.status).toBe(404);
    expect((await staff.request('/api/notices/2566/9')).status).toBe(422);
    expect((await staff.request('/api/notices/2560/6')).status).toBe(404);
    expect((await staff.request('/api/notices/2566/6/TH-10')).status).toBe(404); // Bangkok is outside the measure
  });
});

describe('national recommendations', () => {
  it('come from the seed where it has one, else drafted from the counts; provinces below minimum from the data', async () => {
    const { indicators } = await get('/api/notices/2566/6/recommendations');
    const by = (code: string) => indicators.find((i: any) => i.code === code);
    expect(by('ECO-05').recommendation.draftSource).toBe('data/recommendations/fy2566-r6.json');
    expect(by('ECO-05').recommendation.text).toContain('ฝุ่นละอองขนาดเล็ก PM2.5');
    expect(by('ECO-05').belowMinProvinces).toBe(39);
    expect(by('ENV-02')).toMatchObject({ belowMinProvinces: 14 });
    expect(by('ENV-02').belowMin).toHaveLength(17);
    expect(by('ECO-03').recommendation.draftSource).toBe('template:national.belowMin'); // empty cell in the seed
    expect(by('ECO-03').recommendation.text).toContain('มีจังหวัดที่ไม่ผ่านค่าเป้าหมายขั้นต้น 54 จาก 58 จังหวัด');
  });

  it('an edit is stored apart, printed in the notices that prioritise the indicator; an empty edit means none', async () => {
    const edited = await json(await send('PUT', '/api/notices/2566/6/recommendations/SOC-01', { text: 'ข้อเสนอแนะที่แก้ไขแล้ว' }));
    expect(edited.recommendation).toMatchObject({ edited: true, editedBy: 'test-staff', text: 'ข้อเสนอแนะที่แก้ไขแล้ว' });
    expect(edited.recommendation.draftText).toContain('สถานการณ์การแพร่ระบาดของยาเสพติด');
    let { model } = await get('/api/notices/2566/6/TH-15');
    expect(model.recommendations.find((r: any) => r.indicatorCode === 'SOC-01').text).toBe('ข้อเสนอแนะที่แก้ไขแล้ว');

    await send('PUT', '/api/notices/2566/6/recommendations/SOC-01', { text: '' });
    ({ model } = await get('/api/notices/2566/6/TH-15'));
    expect(model.recommendations.map((r: any) => r.indicatorCode)).toEqual(['ECO-05', 'SOC-03', 'ENV-02']);
    // The observation no longer points to a recommendation that is not there.
    expect(model.items.find((i: any) => i.indicatorCode === 'SOC-01').observation.text).not.toContain('ข้อเสนอแนะ');

    await send('PUT', '/api/notices/2566/6/recommendations/SOC-01', { text: null });
    ({ model } = await get('/api/notices/2566/6/TH-15'));
    expect(model.recommendations.map((r: any) => r.indicatorCode)).toEqual(['ECO-05', 'SOC-01', 'SOC-03', 'ENV-02']);
  });
});

describe('workflow: draft → reviewed → issued', () => {
  it('issues only a reviewed notice, freezes it, and any later change starts a new draft', async () => {
    // A refusal carries its reason in both languages, as every other refusal does (the page picks one).
    expect(await act('issue', ['TH-14'])).toEqual([
      { iso: 'TH-14', ok: false, state: 'draft', version: null, code: 'NOT_REVIEWED', message: 'The notice must be reviewed before it is issued.', messageTh: 'ต้องตรวจทานก่อนออกเอกสาร' },
    ]);
    expect((await act('review', ['TH-14']))[0]).toMatchObject({ ok: true, state: 'reviewed' });
    expect((await get('/api/notices/2566/6/TH-14')).status).toMatchObject({ state: 'reviewed', reviewedBy: 'test-staff' });

    // An edit after review makes it a draft again: what was reviewed is no longer what would be issued.
    const { model } = await get('/api/notices/2566/6/TH-14');
    await send('PUT', `/api/notices/2566/6/TH-14/observations/${model.items[0].assignmentId}`, { text: 'ข้อสังเกตฉบับแก้ไข' });
    expect((await get('/api/notices/2566/6/TH-14')).status.state).toBe('draft');
    expect((await act('issue', ['TH-14']))[0]).toMatchObject({ ok: false, code: 'NOT_REVIEWED' });

    await act('review', ['TH-14']);
    expect((await act('issue', ['TH-14']))[0]).toMatchObject({ ok: true, state: 'issued', version: 1 });
    const issued = await get('/api/notices/2566/6/TH-14');
    expect(issued.status).toMatchObject({ state: 'issued', version: 1, issuedBy: 'test-staff', changedSinceIssue: false });
    expect(issued.versions).toEqual([{ version: 1, issuedBy: 'test-staff', issuedAt: expect.any(String), reviewedBy: 'test-staff', reviewedAt: expect.any(String) }]);
    const v1 = await get('/api/notices/2566/6/TH-14/versions/1');
    expect(v1.model).toEqual(issued.model);
    expect(v1.stamp).toMatchObject({ state: 'issued', version: 1 });
    expect((await act('review', ['TH-14']))[0]).toMatchObject({ ok: false, code: 'ALREADY_ISSUED' });

    // New data after issue: a new draft; version 1 stays exactly as issued.
    const item = issued.model.items.find((i: any) => i.result.kind === 'value' && i.component === null);
    const row = t.db.$client
      .prepare(`select i.code, a.target_min as min, a.target_std as std, a.target_adv as adv from assignments a join indicators i on i.id = a.indicator_id where a.id = ?`)
      .get(item.assignmentId) as any;
    await importRows([[2566, 6, 'TH-14', row.code, '', row.min, row.std, row.adv, item.result.value + 1, '']]);
    const changed = await get('/api/notices/2566/6/TH-14');
    expect(changed.status).toMatchObject({ state: 'draft', version: 1, changedSinceIssue: true });
    expect((await get('/api/notices/2566/6/TH-14/versions/1')).model).toEqual(v1.model);
    // Viewers see the list as issued, not the live draft's state and counts (issue 9).
    const viewer = await t.signIn('viewer');
    const seen = (await (await viewer.request('/api/notices/2566/6')).json()) as any;
    expect(seen.notices.find((n: any) => n.iso === 'TH-14')).toMatchObject({ state: 'issued', version: 1, changedSinceIssue: false, counts: v1.model.counts });
    expect(seen.totals).toMatchObject({ draft: 0, reviewed: 0 });

    await act('review', ['TH-14']);
    expect((await act('issue', ['TH-14']))[0]).toMatchObject({ ok: true, version: 2 });
    expect((await get('/api/notices/2566/6/TH-14')).versions.map((v: any) => v.version)).toEqual([1, 2]);
    expect((await staff.request('/api/notices/2566/6/TH-14/versions/3')).status).toBe(404);
  });

  it('acts on many provinces at once, each on its own; reopen takes a review back', async () => {
    const outcomes = await act('review', ['TH-30', 'th-31', 'TH-10', 'TH-30']);
    expect(outcomes.map((o) => [o.iso, o.ok, o.code ?? null])).toEqual([
      ['TH-30', true, null],
      ['TH-31', true, null],
      ['TH-10', false, 'NOT_IN_ROUND'],
    ]);
    expect((await act('reopen', ['TH-31']))[0]).toMatchObject({ ok: true, state: 'draft' });
    expect((await act('reopen', ['TH-31']))[0]).toMatchObject({ ok: false, code: 'NOT_REVIEWED_STATE' });
    const issued = await act('issue', ['TH-30', 'TH-31']);
    expect(issued.map((o) => [o.iso, o.ok, o.version])).toEqual([
      ['TH-30', true, 1],
      ['TH-31', false, null],
    ]);
    const list = await get('/api/notices/2566/6');
    expect(list.notices.find((n: any) => n.iso === 'TH-30')).toMatchObject({ state: 'issued', version: 1 });
    expect(list.totals.issued).toBeGreaterThanOrEqual(2);
    expect((await send('POST', '/api/notices/2566/6/actions', { action: 'review', isos: [] })).status).toBe(422);
    expect((await send('POST', '/api/notices/2566/6/actions', { action: 'publish', isos: ['TH-15'] })).status).toBe(422);
  });

  it('an issued version cannot be changed or removed, even directly in the database', () => {
    expect(() => t.db.$client.prepare(`update notice_versions set model_json = '{}'`).run()).toThrow(/append-only/);
    expect(() => t.db.$client.prepare(`delete from notice_versions`).run()).toThrow(/append-only/);
  });
});

describe('API documentation', () => {
  it('documents every notices route, the file downloads included', async () => {
    const doc = await get('/api/openapi.json');
    for (const path of [
      '/api/notices/{year}/{round}',
      '/api/notices/{year}/{round}/actions',
      '/api/notices/{year}/{round}/{iso}',
      '/api/notices/{year}/{round}/{iso}/versions/{version}',
      '/api/notices/{year}/{round}/{iso}/observations/{assignmentId}',
      '/api/notices/{year}/{round}/recommendations',
      '/api/notices/{year}/{round}/recommendations/{code}',
      '/api/notices/{year}/{round}/{iso}.pdf',
      '/api/notices/{year}/{round}.zip',
      '/api/notices/{year}/{round}.pdf',
      '/api/notice-batches',
      '/api/notice-batches/{id}',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });
});
