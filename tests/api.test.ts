import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csv, header, tableCounts } from './helpers/test-db';
import { createTestApp, multipart, type Session } from './helpers/test-app';

let t: ReturnType<typeof createTestApp>;
let staff: Session;
beforeAll(async () => {
  t = createTestApp({ KPI_UPLOAD_LIMIT_MB: '1' });
  staff = await t.signIn('staff');
  const res = await staff.request('/api/imports', { method: 'POST', body: multipart(fixture(), 'fixture.csv') });
  expect(res.status).toBe(200);
});
afterAll(() => t.close());

function fixture() {
  return csv([
    header,
    [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '๔๔๙.๒๑ ล้านบาท', ''],
    [2566, 6, 'อ่างทอง', 'ENV-02', 'แม่น้ำน้อย', 60, 65, 70, 58, ''],
    [2566, 6, 'อ่างทอง', 'ENV-02', 'แม่น้ำเจ้าพระยาตอนกลาง', 60, 65, 70, 66, ''],
    [2566, 6, 'อ่างทอง', 'ECO-07', '', 3, 4, 5, 'อยู่ระหว่างดำเนินการ', ''],
    [2566, 6, 'ชลบุรี', 'ECO-05', '', 1000, 1100, 1200, 1250, ''],
    [2566, 6, 'ชลบุรี', 'SOC-02', '', 30, 28, 25, 31.5, ''], // lower is better: above the minimum is below it
  ]);
}

const get = (path: string) => staff.request(path);
const json = async (res: Response) => (await res.json()) as any;

describe('reference routes', () => {
  it('GET /api/health', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('GET /api/rounds lists both years and both rounds with result counts', async () => {
    const body = await json(await get('/api/rounds'));
    expect(body.rounds.map((r: any) => `${r.year}-${r.round}`)).toEqual(['2565-6', '2565-12', '2566-6', '2566-12']);
    expect(body.rounds.find((r: any) => r.year === 2566 && r.round === 6).results).toBe(6);
  });

  it('GET /api/indicators defaults to the latest year; unknown year is 404; bad year 422', async () => {
    const body = await json(await get('/api/indicators'));
    expect(body.year).toBe(2566);
    expect(body.indicators).toHaveLength(24);
    expect(body.indicators.filter((i: any) => i.example)).toHaveLength(8);
    const missing = await get('/api/indicators?year=2599');
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.code).toBe('NOT_FOUND');
    expect((await get('/api/indicators?year=abc')).status).toBe(422);
  });

  it('GET /api/provinces: 77 with Bangkok outside the measure, and the map attribution', async () => {
    const body = await json(await get('/api/provinces'));
    expect(body.provinces).toHaveLength(77);
    expect(body.provinces.find((p: any) => p.iso === 'TH-10').inMeasure).toBe(false);
    expect(body.mapAttribution).toBe('test attribution');
  });
});

describe('round routes', () => {
  it('summary: counts per indicator and the provinces below minimum', async () => {
    const res = await get('/api/rounds/2566/6/summary');
    expect(res.status).toBe(200);
    const body = await json(res);
    const eco05 = body.indicators.find((i: any) => i.code === 'ECO-05');
    expect(eco05.counts).toEqual({ notReported: 0, belowMin: 1, metMin: 1, pending: 0 });
    expect(eco05.belowMin).toEqual([{ iso: 'TH-15', nameTh: 'อ่างทอง', nameEn: 'Ang Thong', component: null }]);
    const env02 = body.indicators.find((i: any) => i.code === 'ENV-02');
    expect(env02.belowMin).toEqual([{ iso: 'TH-15', nameTh: 'อ่างทอง', nameEn: 'Ang Thong', component: 'แม่น้ำน้อย' }]);
    const soc02 = body.indicators.find((i: any) => i.code === 'SOC-02');
    expect(soc02.belowMin.map((b: any) => b.iso)).toEqual(['TH-20']);
    expect(body.totals.items).toBe(6);
    expect(body.totals.counts).toEqual({ notReported: 0, belowMin: 3, metMin: 2, pending: 1 });
  });

  it('province: items with targets, result, status, level, score; components count as items', async () => {
    const body = await json(await get('/api/rounds/2566/6/provinces/TH-15'));
    expect(body.province.nameTh).toBe('อ่างทอง');
    expect(body.counts).toEqual({ items: 4, components: 2, byStatus: { notReported: 0, belowMin: 2, metMin: 1, pending: 1 } });
    const eco05 = body.items.find((i: any) => i.indicatorCode === 'ECO-05');
    expect(eco05).toMatchObject({
      targets: { min: 707.14, std: 744.34, adv: 802.25 },
      result: { kind: 'value', value: 449.21 },
      status: 'belowMin',
      level: 'belowMin',
      score: 0,
      unitTh: 'ล้านบาท',
    });
    expect(body.indicatorScores.find((s: any) => s.code === 'ENV-02').score).toBeGreaterThan(0);
  });

  it('indicator: every assigned province with targets (lower-is-better classified correctly)', async () => {
    const body = await json(await get('/api/rounds/2566/6/indicators/ECO-05'));
    expect(body.indicator.code).toBe('ECO-05');
    expect(body.items.map((i: any) => [i.iso, i.status, i.level])).toEqual([
      ['TH-15', 'belowMin', 'belowMin'],
      ['TH-20', 'metMin', 'adv'],
    ]);
    const soc02 = await json(await get('/api/rounds/2566/6/indicators/soc-02'));
    expect(soc02.items[0]).toMatchObject({ status: 'belowMin', result: { kind: 'value', value: 31.5 } });
  });

  it.each([
    ['/api/rounds/2599/6/summary', 404],
    ['/api/rounds/2566/7/summary', 422],
    ['/api/rounds/2566/6/provinces/TH-99', 404],
    ['/api/rounds/2566/6/provinces/bangkok', 422],
    ['/api/rounds/2566/6/indicators/XYZ-99', 404],
    ['/api/rounds/2566/6/indicators/%3Cscript%3E', 422],
    ['/api/no-such-route', 404],
  ])('%s → %i in the error envelope', async (path, status) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    const body = await json(res);
    expect(body.error.code).toBeTypeOf('string');
    expect(body.error.message).toBeTypeOf('string');
    expect(body.error.messageTh).toMatch(/[\u0E00-\u0E7F]/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('POST /api/imports', () => {
  const post = (body: BodyInit, query = '', headers?: Record<string, string>) =>
    staff.request(`/api/imports${query}`, { method: 'POST', body, headers });

  it('dry run reports changes and writes nothing; the real import then writes a batch', async () => {
    const file = csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '', '', '', 500, '']]);
    const before = tableCounts(t.db);
    const dry = await post(multipart(file, 'change.csv'), '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(await json(dry)).toMatchObject({ ok: true, dryRun: true, rows: { changed: 1 }, batchId: null });
    expect(tableCounts(t.db)).toEqual(before);

    const real = await json(await post(multipart(file, 'change.csv')));
    expect(real.batchId).toBeTypeOf('number');
    const batches = await json(await get('/api/imports'));
    expect(batches.batches[0]).toMatchObject({ id: real.batchId, fileName: 'change.csv', rowsChanged: 1, importedBy: 'test-staff', source: 'api' });
  });

  it('a bad file is 422 with every problem by row and column, and nothing is written', async () => {
    const before = tableCounts(t.db);
    const bad = csv([header, [2566, 6, 'ตรวด', 'ECO-05', '', 1, 2, 3, 'ห้าสิบ', '']]);
    const res = await post(multipart(bad, 'bad.csv'));
    expect(res.status).toBe(422);
    const body = await json(res);
    expect(body.error.code).toBe('IMPORT_REJECTED');
    const errors = body.error.details.errors;
    expect(errors.map((e: any) => [e.row, e.column])).toEqual([
      [2, 'province'],
      [2, 'result'],
    ]);
    expect(tableCounts(t.db)).toEqual(before);
  });

  it('clear 4xx for wrong content type, missing file, non-spreadsheets, oversized uploads; path traversal in names is neutralised', async () => {
    expect((await post('{"a":1}', '', { 'content-type': 'application/json' })).status).toBe(415);
    const form = new FormData();
    form.append('other', 'x');
    expect((await post(form)).status).toBe(422);
    const pdf = await post(multipart(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]), 'report.pdf'));
    expect(pdf.status).toBe(415);
    expect((await json(pdf)).error.code).toBe('NOT_A_SPREADSHEET');
    const xls = await post(multipart(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'old.xls'));
    expect((await json(xls)).error.code).toBe('LEGACY_XLS');
    const huge = await post(multipart(new Uint8Array(1.5 * 1024 * 1024).fill(65), 'huge.csv'));
    expect(huge.status).toBe(413);
    expect((await json(huge)).error.code).toBe('PAYLOAD_TOO_LARGE');
    const sneaky = await json(await post(multipart(fixture(), '../../etc/passwd.csv'), '?dryRun=true'));
    expect(sneaky.fileName).toBe('passwd.csv');
  });

  it('a confirm carries the dry run\'s plan hash: 200 when nothing changed in between, 409 (Thai and English) when it did (issue 13)', async () => {
    const mine = csv([header, [2566, 6, 'ชลบุรี', 'SOC-02', '', '', '', '', 29, '']]);
    const dry = await json(await post(multipart(mine, 'mine.csv'), '?dryRun=true'));
    expect(dry.preview.rows).toHaveLength(1);
    expect(dry.preview.rows[0]).toMatchObject({ iso: 'TH-20', indicatorCode: 'SOC-02', before: { status: 'belowMin' }, after: { status: 'metMin' }, statusChanged: true });
    await post(multipart(csv([header, [2566, 6, 'ชลบุรี', 'SOC-02', '', '', '', '', 27, '']]), 'theirs.csv'));
    const before = tableCounts(t.db);
    const stale = await post(multipart(mine, 'mine.csv'), `?planHash=${dry.planHash}`);
    expect(stale.status).toBe(409);
    const body = await json(stale);
    expect(body.error.code).toBe('PLAN_CHANGED');
    expect(body.error.messageTh).toContain('ข้อมูลเปลี่ยนไปหลังการแสดงตัวอย่าง');
    expect(tableCounts(t.db)).toEqual(before);
    const again = await json(await post(multipart(mine, 'mine.csv'), '?dryRun=true'));
    const ok = await post(multipart(mine, 'mine.csv'), `?planHash=${again.planHash}`);
    expect(ok.status).toBe(200);
    expect((await json(ok)).batchId).toBeTypeOf('number');
  });

  it('the preview downloads as .xlsx with the changed row, before → after, and writes nothing', async () => {
    const file = csv([header, [2566, 6, 'อ่างทอง', 'ECO-07', '', '', '', '', 4, '']]);
    const before = tableCounts(t.db);
    const dl = await staff.request('/api/imports/preview.xlsx', { method: 'POST', body: multipart(file, 'one.csv') });
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await dl.arrayBuffer()) as any);
    const sheet = wb.getWorksheet('ตัวอย่างการนำเข้า')!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(3).value).toBe('ECO-07');
    expect(sheet.getRow(2).getCell(11).value).toBe(4);
    expect(String(sheet.getRow(2).getCell(13).value)).toContain('อยู่ระหว่างดำเนินการ');
    expect(tableCounts(t.db)).toEqual(before);
    const bad = await staff.request('/api/imports/preview.xlsx', { method: 'POST', body: multipart(csv([header, [2566, 6, 'ตรวด', 'ECO-05', '', 1, 2, 3, 4, '']]), 'bad.csv') });
    expect(bad.status).toBe(422);
  });
});

describe('template, OpenAPI and docs', () => {
  it('the template has bilingual headers, drop-down lists and instructions, and a filled copy imports', async () => {
    const res = await get('/api/import-template.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as any);
    const data = wb.getWorksheet('ผลการดำเนินงาน')!;
    expect(data.getRow(1).getCell(1).value).toBe('ปีงบประมาณ (fiscal_year)');
    expect(data.getCell('C2').dataValidation?.type).toBe('list');
    expect(wb.getWorksheet('คำอธิบาย')).toBeDefined();
    data.getRow(2).values = [2566, 6, 'ชลบุรี', 'ECO-05', null, null, null, null, 1300, null];
    const filled = new Uint8Array(await wb.xlsx.writeBuffer());
    const imported = await json(await staff.request('/api/imports?dryRun=true', { method: 'POST', body: multipart(filled, 'filled.xlsx') }));
    expect(imported).toMatchObject({ ok: true, format: 'xlsx', sheet: 'ผลการดำเนินงาน', rows: { total: 1, changed: 1 } });
  });

  it('serves an OpenAPI 3.1 document and human-readable docs', async () => {
    const doc = await json(await get('/api/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    for (const p of ['/api/rounds/{year}/{round}/summary', '/api/rounds/{year}/{round}/provinces/{iso}', '/api/rounds/{year}/{round}/indicators/{code}', '/api/imports', '/api/import-template.xlsx']) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    const docs = await get('/api/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('/api/rounds/{year}/{round}/summary');
  });
});

describe('the pre-filled form of a round (issue 13)', () => {
  it('one row per assignment with targets filled and locked; filled with results only, it imports; a province user gets only its own rows', async () => {
    const res = await get('/api/import-template.xlsx?year=2566&round=12');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('kpi-form-2566-12.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as any);
    const sheet = wb.getWorksheet('ผลการดำเนินงาน')!;
    const stored = t.db.$client.prepare('select count(*) as n from assignments where year = 2566').get() as { n: number };
    expect(sheet.rowCount - 1).toBe(stored.n);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => headers.findIndex((h) => String(h).includes(name)) + 1;
    const angthong = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(col('ตัวชี้วัด (indicator)')).value === 'ECO-05' && r.getCell(col('จังหวัด')).value === 'อ่างทอง')!;
    expect([angthong.getCell(col('ขั้นต้น')).value, angthong.getCell(col('มาตรฐาน')).value, angthong.getCell(col('ขั้นสูง')).value]).toEqual([707.14, 744.34, 802.25]);
    expect(angthong.getCell(col('หน่วยนับ')).value).toBeTruthy();
    expect(angthong.getCell(col('ขั้นต้น')).protection?.locked).not.toBe(false);
    expect(angthong.getCell(col('ผลการดำเนินงาน')).protection?.locked).toBe(false);
    expect(angthong.getCell(col('ผลการดำเนินงาน')).dataValidation?.type).toBe('custom');
    // The status is its own column with the status list, open like the result; targets show the catalog's 2 places.
    expect(angthong.getCell(col('สถานะการรายงาน')).protection?.locked).toBe(false);
    expect(angthong.getCell(col('สถานะการรายงาน')).dataValidation).toMatchObject({ type: 'list', formulae: ['lists!$B$1:$B$3'] });
    expect(wb.getWorksheet('lists')!.getColumn(2).values.slice(1)).toEqual(['รายงานผล', 'ไม่รายงานผล', 'อยู่ระหว่างดำเนินการ']);
    expect(angthong.getCell(col('ขั้นต้น')).numFmt).toBe('#,##0.00');
    expect((sheet as any).sheetProtection?.sheet).toBe(true);
    expect(wb.getWorksheet('คำอธิบาย')).toBeDefined();

    // Fill only the results, each at its row's own minimum target so it is valid for its unit (a level
    // is 0–5, a percentage 0–100), อ่างทอง's ECO-05 in Thai digits; import back for real: every row new.
    // One other row says "pending" through the status list alone, its result left empty.
    const pendingRow = angthong.number + 1;
    sheet.getRows(2, sheet.rowCount - 1)!.forEach((r) => {
      const min = Number(r.getCell(col('ขั้นต้น')).value);
      if (r.number === pendingRow) r.getCell(col('สถานะการรายงาน')).value = 'อยู่ระหว่างดำเนินการ';
      else r.getCell(col('ผลการดำเนินงาน')).value = r.number === angthong.number ? '๗๐๗.๑๔' : min;
    });
    const filled = new Uint8Array(await wb.xlsx.writeBuffer());
    const imported = await staff.request('/api/imports', { method: 'POST', body: multipart(filled, 'form.xlsx') });
    const report = await json(imported);
    expect(imported.status, JSON.stringify(report.error?.details?.errors?.slice(0, 3))).toBe(200);
    expect(report).toMatchObject({ ok: true, rows: { new: stored.n, changed: 0 }, targets: { new: 0, changed: 0 } });
    const typed = t.db.$client.prepare(`select r.value from results r join rounds o on o.id = r.round_id join assignments a on a.id = r.assignment_id join indicators i on i.id = a.indicator_id where o.year = 2566 and o.months = 12 and r.batch_id = ? and a.province_iso = 'TH-15' and i.code = 'ECO-05'`).get(report.batchId) as { value: number };
    expect(typed.value).toBe(707.14);
    const pendings = t.db.$client.prepare(`select count(*) as n from results where batch_id = ? and kind = 'pending'`).get(report.batchId) as { n: number };
    expect(pendings.n).toBe(1);

    const province = await t.signIn('province', 'TH-20');
    const own = await province.request('/api/import-template.xlsx?year=2566&round=12');
    expect(own.status).toBe(200);
    const ownWb = new ExcelJS.Workbook();
    await ownWb.xlsx.load((await own.arrayBuffer()) as any);
    const ownSheet = ownWb.getWorksheet('ผลการดำเนินงาน')!;
    const provincesListed = new Set(ownSheet.getRows(2, ownSheet.rowCount - 1)!.map((r) => r.getCell(3).value));
    expect([...provincesListed]).toEqual(['ชลบุรี']);
    // The stored results come back pre-filled, so an untouched form changes nothing.
    const again = await json(await staff.request('/api/imports?dryRun=true', { method: 'POST', body: multipart(new Uint8Array(await ownWb.xlsx.writeBuffer()), 'own.xlsx') }));
    expect(again).toMatchObject({ ok: true, rows: { new: 0, changed: 0 } });
  });
});
