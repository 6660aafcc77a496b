/**
 * The Drizzle tables and the shared contracts describe the same shapes: a column added, renamed or
 * retyped on one side only fails here (at type level through `typecheck`, and at run time below).
 */
import { createSelectSchema } from 'drizzle-zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { AuditRow, ImportBatch, Indicator, IndicatorFacts, NoticeState, Province, Role, Status, Targets, User, VersionSummary, resultKinds } from '../../../shared/contracts';
import { assignments, auditLog, importBatches, indicators, notices, noticeVersions, provinces, results, users } from './schema';

const provinceRow = createSelectSchema(provinces);
const indicatorRow = createSelectSchema(indicators);
const resultRow = createSelectSchema(results);
const userRow = createSelectSchema(users);
const batchRow = createSelectSchema(importBatches);
const auditRow = createSelectSchema(auditLog);
const noticeRow = createSelectSchema(notices);
const versionRow = createSelectSchema(noticeVersions);

const keys = (s: { shape: object }) => Object.keys(s.shape).sort();

describe('tables and contracts agree', () => {
  it('provinces: the table row is the Province contract', () => {
    expect(keys(provinceRow)).toEqual(keys(Province));
    expectTypeOf<z.infer<typeof provinceRow>>().toEqualTypeOf<Province>();
  });

  it('indicators: every fact of the contract is a column of the same type', () => {
    const facts = keys(IndicatorFacts);
    expect(keys(indicatorRow)).toEqual(expect.arrayContaining(facts));
    type Row = z.infer<typeof indicatorRow>;
    expectTypeOf<Pick<Row, keyof z.infer<typeof IndicatorFacts>>>().toEqualTypeOf<z.infer<typeof IndicatorFacts>>();
    // What the API adds to a row: its counts, and the component labels as stored (nullable).
    expect(keys(Indicator).filter((k) => !keys(indicatorRow).includes(k))).toEqual(['provinceCount']);
  });

  it('results: the stored kinds are the reported result kinds of the contract', () => {
    expect(resultRow.shape.kind.options).toEqual([...resultKinds]);
  });

  it('assignments: three target columns, one per target of the contract', () => {
    expect(Object.keys(Targets.shape).map((k) => `target${k[0]!.toUpperCase()}${k.slice(1)}`).every((c) => c in assignments)).toBe(true);
  });

  it('users: roles are the contract roles', () => {
    expect(userRow.shape.role.options).toEqual(Role.options);
  });

  it('users: an account is the row without its password hash and times', () => {
    expect(keys(userRow).filter((k) => !keys(User).includes(k))).toEqual(['createdAt', 'passwordHash', 'updatedAt']);
    type Row = z.infer<typeof userRow>;
    expectTypeOf<Pick<Row, keyof User>>().toEqualTypeOf<User>();
  });

  it('import_batches: a listed batch is the row without its rollback columns', () => {
    expect(keys(batchRow).filter((k) => !keys(ImportBatch).includes(k))).toEqual(['rolledBackAt', 'rolledBackBy']);
    type Row = z.infer<typeof batchRow>;
    expectTypeOf<Pick<Row, keyof ImportBatch>>().toEqualTypeOf<ImportBatch>();
  });

  it('audit_log: an entry keeps the columns people read, with the JSON sides parsed and names added', () => {
    const shown = keys(AuditRow).filter((k) => k in auditRow.shape);
    expect(shown).toEqual(['action', 'actorUsername', 'after', 'at', 'batchId', 'before', 'entityId', 'entityType', 'id', 'ip', 'provinceIso']);
    // before/after are JSON text in the table and parsed values in the answer; the rest keep their type.
    type Same = 'id' | 'at' | 'actorUsername' | 'action' | 'entityType' | 'entityId' | 'provinceIso' | 'batchId' | 'ip';
    expectTypeOf<Pick<z.infer<typeof auditRow>, Same>>().toEqualTypeOf<Pick<AuditRow, Same>>();
  });

  it('notices and notice_versions: the states and a version summary are columns of the tables', () => {
    expect(noticeRow.shape.state.options).toEqual(NoticeState.options);
    type Row = z.infer<typeof versionRow>;
    expectTypeOf<Pick<Row, keyof VersionSummary>>().toEqualTypeOf<VersionSummary>();
    expect(keys(VersionSummary).every((k) => k in versionRow.shape)).toBe(true);
  });

  it('the status enum is one declaration', () => {
    expect(Status.options).toEqual(['notReported', 'belowMin', 'metMin', 'pending']);
  });
});
