import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, csv, header, type TestDb } from '../../../../tests/helpers/test-db';
import { importFile } from './index';

let t: TestDb;
beforeEach(() => (t = createTestDb()));
afterEach(() => t.close());
const opts = { fileName: 'targets.csv', importedBy: 'test', source: 'cli' as const, dryRun: true };
const row = (round: number, targets: (string | number)[], result = '449.21') => [2566, round, 'อ่างทอง', 'ECO-05', '', ...targets, result, ''];

describe('targets remembered per assignment (TargetsByAssignment)', () => {
  it('the second round repeating the same target cells is accepted as the first', async () => {
    const report = await importFile(t.db, csv([header, row(6, ['707.14', '744.34', '802.25']), row(12, ['707.14', '744.34', '802.25'])]), opts);
    expect(report.errors).toEqual([]);
    expect(report.rows.new).toBe(2);
    expect(report.targets.new).toBe(1);
  });

  it('targets with a problem are not remembered: the same cells on the next row are reported again, with that row', async () => {
    // In order (so checked targets are returned) but 120 is beyond what a percentage can hold: reported, not remembered.
    const pct = (round: number) => [2566, round, 'TH-11', 'ECO-04', '', '90', '100', '120', '95', ''];
    const report = await importFile(t.db, csv([header, pct(6), pct(12)]), opts);
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'targetAdv', 'VALUE_OUT_OF_RANGE'],
      [3, 'targetAdv', 'VALUE_OUT_OF_RANGE'],
    ]);
  });

  it('targets out of order are reported on every row that has them', async () => {
    const bad = ['802.25', '744.34', '707.14']; // decreasing for an indicator where more is better
    const report = await importFile(t.db, csv([header, row(6, bad), row(12, bad)]), opts);
    const first = report.errors.filter((e) => e.row === 2).map((e) => [e.column, e.code]);
    const second = report.errors.filter((e) => e.row === 3).map((e) => [e.column, e.code]);
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
  });

  it('different targets on the second row are still read and found inconsistent', async () => {
    const report = await importFile(t.db, csv([header, row(6, ['707.14', '744.34', '802.25']), row(12, ['700', '744.34', '802.25'])]), opts);
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([[3, 'TARGETS_INCONSISTENT_IN_FILE']]);
  });

  it('a remembered assignment does not hide a bad result on its next row', async () => {
    const report = await importFile(t.db, csv([header, row(6, ['707.14', '744.34', '802.25']), row(12, ['707.14', '744.34', '802.25'], 'abc')]), opts);
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([[3, 'result']]);
  });
});
