import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../platform/db/client';
import { CHUNK_ROWS, bulkInsert } from './bulk-insert';

describe('bulkInsert', () => {
  // Every length around the chunk boundaries and the power-of-two remainders: each row written once, in order.
  it.each([0, 1, 2, 3, 7, CHUNK_ROWS - 1, CHUNK_ROWS, CHUNK_ROWS + 1, 2 * CHUNK_ROWS + 257, 5_003])('writes %i rows, each once', (count) => {
    const db = openDatabase(':memory:');
    db.$client.exec('create table t (seq integer not null unique, label text not null)');
    bulkInsert(db, 'insert into t (seq, label) values', 2, count, (i, p, at) => {
      p[at] = i;
      p[at + 1] = `แถว ${i}`;
    });
    const rows = db.$client.prepare('select seq, label from t order by rowid').all();
    expect(rows).toEqual(Array.from({ length: count }, (_, i) => ({ seq: i, label: `แถว ${i}` })));
    db.$client.close();
  });

  it('fails as a whole statement on a constraint, so the caller’s transaction rolls back', () => {
    const db = openDatabase(':memory:');
    db.$client.exec('create table t (seq integer not null unique)');
    const write = db.$client.transaction(() => bulkInsert(db, 'insert into t (seq) values', 1, 10, (i, p, at) => { p[at] = i === 9 ? 0 : i; }));
    expect(() => write()).toThrow(/UNIQUE/);
    expect(db.$client.prepare('select count(*) as n from t').get()).toEqual({ n: 0 });
    db.$client.close();
  });
});
