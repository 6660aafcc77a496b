/**
 * The reference data is synced at every start; when the store already holds it, the sync writes
 * nothing (it was most of a start-up), and any difference is still written. Real SQLite file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../server/bootstrap';
import { readReferenceData, syncReferenceData } from '../server/modules/reference/load';
import { createTestDb, type TestDb } from './helpers/test-db';

let t: TestDb;
beforeAll(() => {
  t = createTestDb(); // migrated and synced once
});
afterAll(() => t?.close());

const changes = () => (t.db.$client.prepare('select total_changes() as n').get() as { n: number }).n;

describe('reference sync at start-up', () => {
  it('writes nothing when the store already holds the files’ data', () => {
    const before = changes();
    syncReferenceData(t.db, readReferenceData(dataDir));
    expect(changes()).toBe(before);
  });

  it('writes a province, an indicator or an assignment that differs', () => {
    const ref = readReferenceData(dataDir);
    const raw = t.db.$client;
    raw.prepare(`update provinces set name_en = 'Wrong' where iso = 'TH-15'`).run();
    syncReferenceData(t.db, ref);
    expect(raw.prepare(`select name_en from provinces where iso = 'TH-15'`).pluck().get()).toBe('Ang Thong');

    raw.prepare(`update indicators set unit_en = 'wrong' where code = 'ECO-05' and year = 2566`).run();
    syncReferenceData(t.db, ref);
    expect(raw.prepare(`select unit_en from indicators where code = 'ECO-05' and year = 2566`).pluck().get()).not.toBe('wrong');

    const id = raw.prepare(`select id from indicators where code = 'ECO-05' and year = 2566`).pluck().get() as number;
    const count = () => raw.prepare('select count(*) from indicator_provinces where indicator_id = ?').pluck().get(id) as number;
    const assigned = count();
    raw.prepare(`delete from indicator_provinces where indicator_id = ? and rowid = (select min(rowid) from indicator_provinces where indicator_id = ?)`).run(id, id);
    expect(count()).toBe(assigned - 1);
    syncReferenceData(t.db, ref);
    expect(count()).toBe(assigned);
  });
});

describe('decimals per indicator (issue 13)', () => {
  it('carries each catalog indicator’s decimals into the store, and a changed value at the next start', () => {
    const ref = readReferenceData(dataDir);
    const raw = t.db.$client;
    const stored = raw.prepare(`select year, code, unit_th as unit, decimals from indicators`).all() as { year: number; code: string; unit: string; decimals: number }[];
    for (const c of ref.catalogs) for (const i of c.indicators) expect(stored.find((s) => s.year === c.fiscalYear && s.code === i.code)?.decimals, `${c.fiscalYear} ${i.code}`).toBe(i.decimals);
    // As documented in data/catalog/README.md: money and percentages 2 places, levels none.
    for (const s of stored) expect(s.decimals, `${s.code} (${s.unit})`).toBe(s.unit === 'ระดับ' ? 0 : 2);
    raw.prepare(`update indicators set decimals = 4 where code = 'ECO-05'`).run();
    syncReferenceData(t.db, ref);
    expect(raw.prepare(`select decimals from indicators where code = 'ECO-05' and year = 2566`).pluck().get()).toBe(2);
  });
});
