import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, csv, header, tableCounts, type TestDb } from '../../../../tests/helpers/test-db';
import { importFile } from './index';
import { encodeWindows874 } from './parse/decode';

let t: TestDb;
beforeEach(() => (t = createTestDb()));
afterEach(() => t.close());

const opts = { fileName: 'test.csv', importedBy: 'test', source: 'cli' as const };
const good = [header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '๔๔๙.๒๑ ล้านบาท', '']];

function goodFile() {
  return csv([
    header,
    [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '๔๔๙.๒๑ ล้านบาท', ''],
    [2566, 6, 'TH-15', 'ENV-02', 'แม่น้ำน้อย', 60, 65, 70, 'อยู่ระหว่างดำเนินการ', 'รอผลตรวจ'],
    [2566, 6, 'Chon Buri', 'ECO-06', '', '1,000', '1,100', '1,200', 'not reported', ''],
  ]);
}

describe('importFile', () => {
  it('imports a good CSV, then the same file again changes nothing', async () => {
    const first = await importFile(t.db, goodFile(), opts);
    expect(first.errors).toEqual([]);
    expect(first.ok).toBe(true);
    expect(first.rows).toEqual({ total: 3, new: 3, changed: 0, unchanged: 0 });
    expect(first.targets).toEqual({ new: 3, changed: 0 });
    expect(first.batchId).toBeTypeOf('number');
    const after = tableCounts(t.db);

    const again = await importFile(t.db, goodFile(), opts);
    expect(again.ok).toBe(true);
    expect(again.rows).toEqual({ total: 3, new: 0, changed: 0, unchanged: 3 });
    expect(again.batchId).toBeNull();
    expect(tableCounts(t.db)).toEqual(after);

    const stored = t.db.$client.prepare(`select kind, value, note, batch_id as batchId from results order by id`).all();
    expect(stored).toEqual([
      { kind: 'value', value: 449.21, note: null, batchId: first.batchId },
      { kind: 'pending', value: null, note: 'รอผลตรวจ', batchId: first.batchId },
      { kind: 'notReported', value: null, note: null, batchId: first.batchId },
    ]);
  });

  it('a dry run reports new/changed/unchanged and writes nothing', async () => {
    const before = tableCounts(t.db);
    const report = await importFile(t.db, goodFile(), { ...opts, dryRun: true });
    expect(report.ok).toBe(true);
    expect(report.rows.new).toBe(3);
    expect(report.batchId).toBeNull();
    expect(tableCounts(t.db)).toEqual(before);
  });

  it('rejects a file with bad rows atomically, naming row, column and reason in Thai and English', async () => {
    await importFile(t.db, goodFile(), opts);
    const before = tableCounts(t.db);
    const bad = csv([
      header,
      [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '500', ''], // a valid change…
      [2566, 6, 'ตรวด', 'ECO-05', '', 1, 2, 3, 10, ''], // misspelled province
      [2566, 6, 'ลพบุรี', 'ECO-99', '', 1, 2, 3, 'abc', ''], // unknown indicator and bad number
      [2566, 6, 'ลพบุรี', 'ECO-05', '', 3, 2, 1, 10, ''], // disordered targets
      [2566, 6, 'สิงห์บุรี', 'ENV-02', '', 1, 2, 3, 10, ''], // component missing
      [2566, 6, 'กรุงเทพมหานคร', 'ECO-05', '', 1, 2, 3, 10, ''], // outside the measure
      [2566, 6, 'สิงห์บุรี', 'ECO-05', '', '', '', '', 10, ''], // no targets stored
      [2023, 6, 'ลพบุรี', 'ECO-05', '', 1, 2, 3, 10, ''], // Gregorian year
    ]);
    const report = await importFile(t.db, bad, opts);
    expect(report.ok).toBe(false);
    expect(tableCounts(t.db)).toEqual(before);
    const at = (row: number, column: string | null) => report.errors.filter((e) => e.row === row && e.column === column);
    const province = at(3, 'province')[0]!;
    expect(province.code).toBe('PROVINCE_UNKNOWN');
    expect(province.th).toContain('ตราด');
    expect(province.en).toContain('Trat');
    expect(province.suggestions?.[0]).toContain('ตราด');
    expect(at(4, 'indicator')[0]?.code).toBe('INDICATOR_UNKNOWN');
    expect(at(4, 'result')).toHaveLength(1);
    expect(at(5, 'targetMin').map((e) => e.code)).toContain('TARGETS_DISORDERED');
    expect(at(6, 'component')[0]?.code).toBe('COMPONENT_REQUIRED');
    expect(at(7, 'province')[0]?.code).toBe('PROVINCE_NOT_IN_MEASURE');
    expect(at(8, 'targetMin')[0]?.code).toBe('TARGETS_MISSING');
    expect(at(9, 'fiscalYear')[0]?.th).toContain('2566');
    for (const e of report.errors) {
      expect(e.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(e.en).toMatch(/[A-Za-z]/);
    }
    // the stored result is still the first import's value
    expect(t.db.$client.prepare(`select value from results where kind = 'value'`).get()).toEqual({ value: 449.21 });
  });

  it('keeps the previous value of a changed result, with the batch that wrote each', async () => {
    const first = await importFile(t.db, goodFile(), opts);
    const changed = csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '', '', '', '512.5', 'ปรับปรุงข้อมูล']]);
    const second = await importFile(t.db, changed, opts);
    expect(second.rows).toEqual({ total: 1, new: 0, changed: 1, unchanged: 0 });
    const history = t.db.$client.prepare(`select kind, value, batch_id as batchId, replaced_by_batch_id as replacedBy from result_history`).all();
    expect(history).toEqual([{ kind: 'value', value: 449.21, batchId: first.batchId, replacedBy: second.batchId }]);
    expect(t.db.$client.prepare(`select value, batch_id as b from results where kind = 'value'`).get()).toEqual({ value: 512.5, b: second.batchId });
  });

  it('rejects contradicting targets unless told to update them, and keeps the old targets on record', async () => {
    const first = await importFile(t.db, goodFile(), opts);
    const newTargets = csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', 700, 750, 800, '449.21 ล้านบาท', '']]);
    const rejected = await importFile(t.db, newTargets, opts);
    expect(rejected.ok).toBe(false);
    expect(rejected.errors[0]).toMatchObject({ row: 2, code: 'TARGETS_CONFLICT' });

    const updated = await importFile(t.db, newTargets, { ...opts, updateTargets: true });
    expect(updated.ok).toBe(true);
    expect(updated.targets).toEqual({ new: 0, changed: 1 });
    expect(t.db.$client.prepare(`select target_min as min, batch_id as b, replaced_by_batch_id as r from assignment_history`).all()).toEqual([
      { min: 707.14, b: first.batchId, r: updated.batchId },
    ]);
  });

  it('reads Windows-874 CSV (Thai Excel) and UTF-8 with BOM', async () => {
    const text = [header.join(','), '2566,6,จังหวัดอ่างทอง,ECO-05,,707.14,744.34,802.25,449.21,'].join('\r\n');
    const win = await importFile(t.db, encodeWindows874(text), opts);
    expect(win.errors).toEqual([]);
    expect(win.encoding).toBe('windows-874');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const utf = await importFile(t.db, bom, opts);
    expect(utf.ok).toBe(true);
    expect(utf.rows.unchanged).toBe(1);
  });

  it('reads .xlsx with English headers and numeric cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['fiscal_year', 'round', 'province', 'indicator', 'component', 'target_min', 'target_std', 'target_adv', 'result', 'note']);
    ws.addRow([2566, 6, 'Ang Thong', 'ECO-05', null, 707.14, 744.34, 802.25, 449.21, null]);
    ws.addRow([2566, 6, '15', 'SOC-02', null, 30, 28, 25, 27.5, null]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const report = await importFile(t.db, bytes, { ...opts, fileName: 'x.xlsx' });
    expect(report.format).toBe('xlsx');
    // SOC-02 is not assigned to อ่างทอง in the catalog: named on its row and column
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ row: 3, column: 'indicator', code: 'NOT_ASSIGNED' });
  });

  it('names a duplicate row and file-level problems', async () => {
    const dup = csv([header, good[1]!, good[1]!]);
    const report = await importFile(t.db, dup, opts);
    expect(report.errors).toMatchObject([{ row: 3, code: 'DUPLICATE_ROW' }]);

    // The same assignment in both rounds, or another component, is no duplicate; a repeat names its round's first row.
    const rounds = csv([
      header,
      [2566, 6, 'TH-15', 'ENV-02', 'แม่น้ำน้อย', 60, 65, 70, 61, ''],
      [2566, 12, 'TH-15', 'ENV-02', 'แม่น้ำน้อย', 60, 65, 70, 62, ''],
      [2566, 12, 'TH-15', 'ENV-02', 'แม่น้ำเจ้าพระยา', 60, 65, 70, 63, ''],
      [2566, 12, 'TH-15', 'ENV-02', 'คลองบางหลวง', 60, 65, 70, 64, ''],
      [2566, 12, 'TH-15', 'ENV-02', 'คลองบางหลวง', 60, 65, 70, 65, ''],
      [2566, 6, 'TH-15', 'ENV-02', 'แม่น้ำน้อย', 60, 65, 70, 66, ''],
    ]);
    const repeated = await importFile(t.db, rounds, opts);
    expect(repeated.errors.map((e) => [e.row, e.code, e.en])).toEqual([
      [6, 'DUPLICATE_ROW', 'Duplicates row 5 (same year, round, province, indicator and component).'],
      [7, 'DUPLICATE_ROW', 'Duplicates row 2 (same year, round, province, indicator and component).'],
    ]);

    const pdf = new TextEncoder().encode('%PDF-1.7\n\u0000\u0001binary');
    expect((await importFile(t.db, pdf, opts)).errors[0]?.code).toBe('NOT_A_SPREADSHEET');
    expect((await importFile(t.db, new Uint8Array(), opts)).errors[0]?.code).toBe('EMPTY_FILE');
    const noHeader = await importFile(t.db, csv([['a', 'b'], [1, 2]]), opts);
    expect(noHeader.ok).toBe(false);
    expect(noHeader.errors[0]?.row).toBe(1);
  });
});

describe('import preview and plan hash (issue 13)', () => {
  it('a dry run lists exactly the changed row, before → after with statuses, and its hash confirms the import', async () => {
    await importFile(t.db, goodFile(), opts);
    const changed = csv([
      header,
      [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '750', ''],
      [2566, 6, 'TH-15', 'ENV-02', 'แม่น้ำน้อย', 60, 65, 70, 'อยู่ระหว่างดำเนินการ', 'รอผลตรวจ'],
      [2566, 6, 'Chon Buri', 'ECO-06', '', '1,000', '1,100', '1,200', 'not reported', ''],
    ]);
    const dry = await importFile(t.db, changed, { ...opts, dryRun: true });
    expect(dry.ok).toBe(true);
    expect(dry.planHash).toMatch(/^[0-9a-f]{64}$/);
    expect(dry.preview?.rowsTotal).toBe(1);
    const [row] = dry.preview!.rows;
    expect(row).toMatchObject({
      row: 2, iso: 'TH-15', provinceTh: 'อ่างทอง', indicatorCode: 'ECO-05', year: 2566, round: 6, change: 'changed',
      before: { result: { kind: 'value', value: 449.21 }, status: 'belowMin', level: 'belowMin' },
      after: { result: { kind: 'value', value: 750 }, status: 'metMin', level: 'std' },
      statusChanged: true, levelChanged: true, targetsChanged: false,
    });
    expect(dry.preview!.groups).toEqual([{ iso: 'TH-15', provinceTh: 'อ่างทอง', provinceEn: expect.any(String), indicatorCode: 'ECO-05', rows: 1, statusChanges: 1 }]);

    const done = await importFile(t.db, changed, { ...opts, expectedPlanHash: dry.planHash });
    expect(done.ok).toBe(true);
    expect(done.batchId).toBeTypeOf('number');
  });

  it('a confirm whose hash no longer matches the store is refused and writes nothing', async () => {
    await importFile(t.db, goodFile(), opts);
    const mine = csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '750', '']]);
    const dry = await importFile(t.db, mine, { ...opts, dryRun: true });
    // Someone else imports another value for the same row in between.
    await importFile(t.db, csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '800', '']]), opts);
    const before = tableCounts(t.db);
    const stale = await importFile(t.db, mine, { ...opts, expectedPlanHash: dry.planHash });
    expect(stale.ok).toBe(false);
    expect(stale.errors.map((e) => e.code)).toEqual(['PLAN_CHANGED']);
    expect(stale.batchId).toBeNull();
    expect(tableCounts(t.db)).toEqual(before);
  });
});

describe('importFile into a database holding far more rows than the file', () => {
  it('looks the file\'s rows up by key and still finds what each replaces (history, unchanged rows, conflicts)', async () => {
    // 40 components of ENV-02 in อ่างทอง, both rounds: 40 assignments and 80 results stored.
    const many = Array.from({ length: 40 }, (_, k) => [[2566, 6, 'TH-15', 'ENV-02', `จุดที่ ${k + 1}`, 60, 65, 70, 50 + k, ''], [2566, 12, 'TH-15', 'ENV-02', `จุดที่ ${k + 1}`, 60, 65, 70, 51 + k, '']]).flat();
    const first = await importFile(t.db, csv([header, ...many]), opts);
    expect(first.ok).toBe(true);
    // Two rows against 40 stored assignments / 40 stored results per round: the plan looks them up.
    const small = csv([header, [2566, 6, 'TH-15', 'ENV-02', 'จุดที่ 7', 60, 65, 70, 99, ''], [2566, 12, 'TH-15', 'ENV-02', 'จุดที่ 8', 60, 65, 70, 58, '']]);
    const second = await importFile(t.db, small, opts);
    expect(second.ok).toBe(true);
    expect(second.rows).toEqual({ total: 2, new: 0, changed: 1, unchanged: 1 });
    const kept = t.db.$client.prepare(`select value, batch_id as batchId, replaced_by_batch_id as replacedBy from result_history`).all();
    expect(kept).toEqual([{ value: 56, batchId: first.batchId, replacedBy: second.batchId }]);
    const conflict = await importFile(t.db, csv([header, [2566, 6, 'TH-15', 'ENV-02', 'จุดที่ 9', 61, 65, 70, 99, '']]), opts);
    expect(conflict.errors.map((e) => e.code)).toEqual(['TARGETS_CONFLICT']);
  });

  it('finds stored rows by key whatever their component looks like: none (an indicator without components) or digits', async () => {
    const many = Array.from({ length: 40 }, (_, k) => [2566, 6, 'TH-15', 'ENV-02', `จุดที่ ${k + 1}`, 60, 65, 70, 50 + k, '']);
    const first = await importFile(t.db, csv([header, ...many, [2566, 6, 'TH-15', 'ENV-02', '7', 60, 65, 70, 50, ''], good[1]!]), opts);
    expect(first.ok).toBe(true);
    // Two rows against 42 stored assignments: looked up by key, and each found.
    const second = await importFile(t.db, csv([header, [2566, 6, 'TH-15', 'ENV-02', '7', 60, 65, 70, 51, ''], good[1]!]), opts);
    expect(second.errors).toEqual([]);
    expect(second.rows).toEqual({ total: 2, new: 0, changed: 1, unchanged: 1 });
    expect(second.targets).toEqual({ new: 0, changed: 0 });
  });
});


describe('importFile writes with SQLite\'s per-row foreign-key look-ups off (platform/db/foreign-keys.ts)', () => {
  const fk = () => t.db.$client.pragma('foreign_keys', { simple: true });
  const violations = () => t.db.$client.pragma('foreign_key_check');

  it('leaves every key valid and the checks on again, through new, changed and replaced targets', async () => {
    expect((await importFile(t.db, goodFile(), opts)).ok).toBe(true);
    const changed = csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '700', '744.34', '802.25', '450', ''], [2566, 12, 'TH-15', 'ENV-02', 'แม่น้ำน้อย', 60, 65, 70, 66, '']]);
    const second = await importFile(t.db, changed, { ...opts, updateTargets: true });
    expect(second.ok).toBe(true);
    expect(second.targets).toEqual({ new: 0, changed: 1 });
    expect(violations()).toEqual([]);
    expect(fk()).toBe(1);
    // The connection enforces them again: a result naming no assignment is refused.
    expect(() => t.db.$client.prepare(`insert into results (round_id, assignment_id, kind, value, note, batch_id) values (1, 999999, 'pending', null, null, 1)`).run())
      .toThrow(/FOREIGN KEY/);
  });

  it('refuses the file, writing nothing, when a round it names is gone by the time it writes', async () => {
    const before = tableCounts(t.db);
    const report = await importFile(t.db, goodFile(), {
      ...opts,
      // Between validation (outside the write lock) and the write, as another connection could.
      onProgress: (p) => {
        if (p.phase === 'writing') t.db.$client.prepare(`delete from rounds where year = 2566 and months = 6`).run();
      },
    });
    expect(report.ok).toBe(false);
    expect(report.batchId).toBeNull();
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([[null, 'REFERENCE_CHANGED']]);
    expect(report.errors[0]!.th).toContain('ไม่ได้บันทึกข้อมูลใด ๆ');
    expect(tableCounts(t.db)).toEqual(before);
    expect(violations()).toEqual([]);
    expect(fk()).toBe(1);
  });
});
