/**
 * The Drizzle tables and the shared contracts describe the same shapes: a column added, renamed or
 * retyped on one side only fails here (at type level through `typecheck`, and at run time below).
 */
import { createSelectSchema } from 'drizzle-zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { Indicator, IndicatorFacts, Province, Role, Status, Targets, resultKinds } from '../../../shared/contracts';
import { assignments, indicators, provinces, results, users } from './schema';

const provinceRow = createSelectSchema(provinces);
const indicatorRow = createSelectSchema(indicators);
const resultRow = createSelectSchema(results);
const userRow = createSelectSchema(users);

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

  it('the status enum is one declaration', () => {
    expect(Status.options).toEqual(['notReported', 'belowMin', 'metMin', 'pending']);
  });
});
