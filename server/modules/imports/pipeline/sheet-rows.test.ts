import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, csv, header, tableCounts, type TestDb } from '../../../../tests/helpers/test-db';
import { importFile } from './index';
import { readLimits } from './limits';
import { CsvRecords, parseCsv } from './parse/csv';
import { readSpreadsheet } from './read';
import { csvRows, type ReadError } from './sheet-rows';

const empty: ReadError = { code: 'NOT_A_SPREADSHEET', th: 'ไม่ใช่ตาราง', en: 'not a table' };
const enc = (s: string) => new TextEncoder().encode(s);
const goodRow = [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '449.21', ''];

function drain(r: CsvRecords): string[][] {
  const rows: string[][] = [];
  for (let row = r.next(); row !== null; row = r.next()) rows.push(row);
  return rows;
}

describe('CsvRecords (the CSV reader one record at a time)', () => {
  it.each([
    'a,b\r\n1,2\r\n',
    'a;b\n"x;\n""y""",2\n\n3,4',
    'sep=;\r\na;b\r\n1,5;2',
    'a,b\r3,"q"tail\r,\r',
    '\uFEFFa\tb\n1\t2\n,\n',
    'a,',
  ])('returns the records parseCsv returns (before trailing blank rows are dropped): %j', (text) => {
    const records = new CsvRecords(text);
    const rows = drain(records);
    const whole = parseCsv(text);
    expect(whole.ok).toBe(true);
    if (!whole.ok) return;
    expect(rows.slice(0, whole.rows.length)).toEqual(whole.rows);
    expect(rows.slice(whole.rows.length).every((r) => r.every((f) => f === ''))).toBe(true);
    expect(records.delimiter).toBe(whole.delimiter);
  });

  it('stops at an unclosed quote and says where, as parseCsv does', () => {
    const text = 'a,b\n1,2\n3,"never closed\n4,5\n';
    const records = new CsvRecords(text);
    expect(drain(records)).toEqual([['a', 'b'], ['1', '2']]);
    const whole = parseCsv(text);
    expect(whole.ok).toBe(false);
    if (whole.ok) return;
    expect(records.error).toEqual(whole.error);
  });
});

describe('csvRows (a CSV sheet handed to validation row by row)', () => {
  const limits = { ...readLimits(), maxRows: 3 };

  it('reads to the end and counts rows up to the last one filled', () => {
    const sheet = csvRows('h1,h2\n1,2\n,\n3,4\n,\n', 'utf-8', readLimits(), empty);
    const seen: unknown[] = [];
    for (let r = sheet.next(); r !== null; r = sheet.next()) seen.push(r);
    expect(seen).toHaveLength(5);
    expect(sheet.finish()).toBeNull();
    expect(sheet.rowsRead()).toBe(3);
  });

  it('a limit crossed after the first rows stops reading, and finish() refuses the file with it', () => {
    const sheet = csvRows('h\n1\n2\n3\n4\n5\n', 'utf-8', limits, empty);
    const seen: unknown[] = [];
    for (let r = sheet.next(); r !== null; r = sheet.next()) seen.push(r);
    expect(seen).toHaveLength(4); // the header and the three rows allowed
    expect(sheet.finish()).toMatchObject({ code: 'TOO_MANY_ROWS' });
  });

  it('finish() reads what validation left unread: a limit past a bad header is still found', () => {
    const sheet = csvRows('not,the,header\n1\n2\n3\n4\n', 'utf-8', limits, empty);
    expect(sheet.next()).toEqual(['not', 'the', 'header']);
    expect(sheet.finish()).toMatchObject({ code: 'TOO_MANY_ROWS' });
  });

  it('a file of blank cells only is refused as no spreadsheet', () => {
    expect(csvRows(',,\n,,\n', 'utf-8', limits, empty).finish()).toBe(empty);
  });
});

describe('importFile reads a CSV row by row and still judges the file whole', () => {
  let t: TestDb;
  beforeEach(() => (t = createTestDb()));
  afterEach(() => t.close());
  const opts = { fileName: 'late.csv', importedBy: 'test', source: 'cli' as const };

  it('an unclosed quote after valid rows refuses the whole file, writing nothing, as before', async () => {
    const good = new TextDecoder().decode(csv([header, goodRow, [2566, 6, 'TH-15', 'ECO-05', '', 1, 2, 3, 4, '']]));
    const bytes = enc(`${good}\n2566,6,TH-16,ECO-05,"never closed,1,2,3,4,\n`);
    const before = tableCounts(t.db);
    const report = await importFile(t.db, bytes, opts);
    expect(report.ok).toBe(false);
    expect(report.errorsTotal).toBe(1);
    expect(report.errors[0]).toMatchObject({ row: null, column: null, code: 'CSV_UNREADABLE' });
    expect(report.errors[0]!.th).toContain('แถวที่ 4');
    expect(report.errors[0]!.en).toContain('Row 4');
    expect(report.format).toBeNull();
    expect(tableCounts(t.db)).toEqual(before);
    // The same refusal as reading the file whole.
    const whole = await readSpreadsheet(bytes);
    expect(whole.ok).toBe(false);
    if (!whole.ok) expect(report.errors[0]).toMatchObject({ code: whole.error.code, th: whole.error.th, en: whole.error.en });
  });

  it('a CSV of blank cells only is no spreadsheet, as before', async () => {
    const report = await importFile(t.db, enc(',,,\n,,,\n'), opts);
    expect(report.errors.map((e) => e.code)).toEqual(['NOT_A_SPREADSHEET']);
  });

  it('a header alone has no rows; rows after blank lines keep their numbers', async () => {
    const alone = await importFile(t.db, csv([header]), opts);
    expect(alone.errors.map((e) => e.code)).toEqual(['NO_ROWS']);
    const text = new TextDecoder().decode(csv([header, goodRow]));
    const bad = await importFile(t.db, enc(`${text}\n\n,,,\n2566,6,อ่างทอง,NOPE-99,,1,2,3,4,\n`), opts);
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatchObject({ row: 5, column: 'indicator', code: 'INDICATOR_UNKNOWN' });
    expect(bad.rows.total).toBe(2);
  });
});
