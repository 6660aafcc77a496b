/**
 * Look-ups the round views share: a round by (year, months), a fiscal year's indicators, a province.
 * Built with Drizzle from the schema, prepared once per connection (they run on every request).
 */
import { and, asc, count, eq, getTableColumns, inArray, max, sql } from 'drizzle-orm';
import type { Indicator, Province, RoundEntry } from '../../../shared/contracts';
import type { Db } from '../../platform/db/client';
import { assignments, fiscalYears, importBatches, indicatorProvinces, indicators, provinces, results, rounds } from '../../platform/db/schema';

const statements = new WeakMap<Db, ReturnType<typeof prepare>>();

function prepare(db: Db) {
  const provinceCount = db.$count(indicatorProvinces, eq(indicatorProvinces.indicatorId, indicators.id));
  const indicatorFields = { ...getTableColumns(indicators), provinceCount };
  const yearParam = sql.placeholder('year');
  return {
    round: db
      .select({ id: rounds.id, year: rounds.year, months: rounds.months })
      .from(rounds)
      .where(and(eq(rounds.year, yearParam), eq(rounds.months, sql.placeholder('months'))))
      .prepare(),
    year: db.select({ year: fiscalYears.year }).from(fiscalYears).where(eq(fiscalYears.year, yearParam)).prepare(),
    indicators: db.select(indicatorFields).from(indicators).where(eq(indicators.year, yearParam)).orderBy(asc(indicators.seq)).prepare(),
    indicator: db
      .select(indicatorFields)
      .from(indicators)
      .where(and(eq(indicators.year, yearParam), eq(indicators.code, sql.placeholder('code'))))
      .prepare(),
    provinces: db.select().from(provinces).orderBy(asc(provinces.iso)).prepare(),
    province: db.select().from(provinces).where(eq(provinces.iso, sql.placeholder('iso'))).prepare(),
  };
}

function stmts(db: Db) {
  let s = statements.get(db);
  if (!s) statements.set(db, (s = prepare(db)));
  return s;
}

export function findRound(db: Db, year: number, months: number): { id: number; year: number; months: number } | undefined {
  return stmts(db).round.get({ year, months });
}

export function yearExists(db: Db, year: number): boolean {
  return stmts(db).year.get({ year }) !== undefined;
}

export function listIndicators(db: Db, year: number): Indicator[] {
  return stmts(db).indicators.all({ year });
}

/** `code` as parsed by the route (upper case). */
export function findIndicator(db: Db, year: number, code: string): Indicator | undefined {
  return stmts(db).indicator.get({ year, code });
}

export function listProvinces(db: Db): Province[] {
  return stmts(db).provinces.all();
}

/** `iso` as parsed by the route (upper case). */
export function findProvince(db: Db, iso: string): Province | undefined {
  return stmts(db).province.get({ iso });
}

/** Rounds with how many results each holds — counting only `iso`'s results when given (a province user's view). */
export function listRounds(db: Db, iso?: string): RoundEntry[] {
  const own = iso ? inArray(results.assignmentId, db.select({ id: assignments.id }).from(assignments).where(eq(assignments.provinceIso, iso))) : undefined;
  const perRound = db
    .select({ roundId: results.roundId, results: count().as('results'), lastImportAt: max(importBatches.createdAt).as('last_import_at') })
    .from(results)
    .innerJoin(importBatches, eq(importBatches.id, results.batchId))
    .where(own)
    .groupBy(results.roundId)
    .as('per_round');
  return db
    .select({
      year: rounds.year,
      round: rounds.months,
      titleTh: fiscalYears.titleTh,
      titleEn: fiscalYears.titleEn,
      results: sql<number>`coalesce(${perRound.results}, 0)`.mapWith(Number),
      lastImportAt: perRound.lastImportAt,
    })
    .from(rounds)
    .innerJoin(fiscalYears, eq(fiscalYears.year, rounds.year))
    .leftJoin(perRound, eq(perRound.roundId, rounds.id))
    .orderBy(asc(rounds.year), asc(rounds.months))
    .all();
}
