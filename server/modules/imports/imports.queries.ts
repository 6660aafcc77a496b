/** What the pre-filled form of a round needs: every stored assignment of the year, with its names and this round's result. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { assignments, indicators, provinces, results, rounds } from '../../platform/db/schema';

export interface FormRow {
  iso: string;
  provinceTh: string;
  provinceEn: string;
  code: string;
  nameTh: string;
  unitTh: string;
  /** The catalog's places: the form's targets and result cells show them. */
  decimals: number;
  component: string;
  min: number;
  std: number;
  adv: number;
  /** This round's stored result, so re-importing an untouched row changes nothing. */
  kind: 'value' | 'notReported' | 'pending' | null;
  value: number | null;
  note: string | null;
}

/** The round's id, or undefined when the year has no such round. */
export function roundId(db: Db, year: number, round: number): number | undefined {
  return db.select({ id: rounds.id }).from(rounds).where(and(eq(rounds.year, year), eq(rounds.months, round))).get()?.id;
}

/** Rows in the catalog's order (province, then indicator as the catalog lists it, then component). */
export function formRows(db: Db, year: number, round: number, onlyIso?: string): FormRow[] {
  const id = roundId(db, year, round) ?? -1;
  return db
    .select({
      iso: assignments.provinceIso, provinceTh: provinces.nameTh, provinceEn: provinces.nameEn,
      code: indicators.code, nameTh: indicators.nameTh, unitTh: indicators.unitTh, decimals: indicators.decimals, component: assignments.component,
      min: assignments.targetMin, std: assignments.targetStd, adv: assignments.targetAdv,
      kind: results.kind, value: results.value, note: results.note,
    })
    .from(assignments)
    .innerJoin(indicators, eq(indicators.id, assignments.indicatorId))
    .innerJoin(provinces, eq(provinces.iso, assignments.provinceIso))
    .leftJoin(results, and(eq(results.assignmentId, assignments.id), eq(results.roundId, id)))
    .where(and(eq(assignments.year, year), onlyIso ? eq(assignments.provinceIso, onlyIso) : undefined))
    .orderBy(asc(provinces.code), asc(indicators.seq), asc(assignments.component))
    .all();
}
