/**
 * One valid row of an import file and, once planned, what it does to the store: validation makes it and
 * the plan fills in its assignment, stored result and change in place (issue 10).
 *
 * One object per row, made once: validation's row, its `result` object and the plan's ResultPlan were
 * three objects per row that all lived until the commit, and every young-generation collection of a
 * 100,000-row import copied all of them (120 ms of collector time per import, `node --cpu-prof`). The
 * plan's fields are set when the row is made, so filling them in never changes the object's shape.
 */
import type { ReportedResult, Targets } from '../../../../shared/classification';
import type { IndicatorMeta } from './context';

export type Change = 'new' | 'changed' | 'unchanged';

export interface StoredAssignment {
  id: number;
  min: number;
  std: number;
  adv: number;
  batchId: number;
}

/** The key of an assignment in the store's unique index (less its year, which the indicator's id names). */
export function assignmentKey(indicatorId: number, iso: string, component: string): string {
  return `${indicatorId}|${iso}|${component}`;
}

export interface AssignmentPlan {
  /** Its position in ImportPlan.assignments: the commit keeps the written ids in an array by it. */
  index: number;
  year: number;
  iso: string;
  indicatorId: number;
  component: string;
  targets: Targets;
  change: Change;
  stored: StoredAssignment | null;
  /** The row that set these targets (for messages about later contradicting rows). */
  row: number;
}

export interface StoredResult {
  id: number;
  kind: ReportedResult['kind'];
  value: number | null;
  note: string | null;
  batchId: number;
}

/**
 * What a row reports on: its year, province, indicator and component. Made once per assignment in the
 * file (AssignmentSlots) and shared by its rows: on each row, these fields were a third of the object
 * that every young-generation collection copied. Its key string is made by the plan, and only when the
 * store holds assignments to compare with (plan.ts, storedBySlot).
 */
export interface AssignmentRef {
  /** 0, 1, 2… in the order first seen in this file: the plan's integer key. */
  readonly slot: number;
  readonly year: number;
  readonly iso: string;
  readonly indicator: IndicatorMeta;
  /** '' when the indicator has no components. */
  readonly component: string;
}

export interface ImportRow {
  readonly row: number;
  readonly round: number;
  readonly roundId: number;
  readonly ref: AssignmentRef;
  readonly targets: Targets | null;
  /** The result, flat: a `{ kind, value }` object per row was one more object kept until the commit. */
  readonly kind: ReportedResult['kind'];
  /** The number when `kind` is 'value', else null. */
  readonly value: number | null;
  readonly note: string | null;
  /** The plan's: the row's assignment, or null when the plan refused the row (its targets). */
  assignment: AssignmentPlan | null;
  /** The plan's: the stored result this row replaces, if any. */
  stored: StoredResult | null;
  /** The plan's: what the row does to its stored result. */
  change: Change;
}

/**
 * A row as validation makes it, the plan's fields empty. An object literal, not a class instance: made
 * by `new` (with the fields as class fields or assigned in the constructor alike), the rows cost two more
 * young-generation collections per 100,000 rows than as literals (7 vs 5, 90 vs 40 ms: the collections
 * `npx tsx bench/import-phases.ts` counts per phase).
 */
export function importRow(row: number, round: number, roundId: number, ref: AssignmentRef, targets: Targets | null,
  kind: ReportedResult['kind'], value: number | null, note: string | null): ImportRow {
  return { row, round, roundId, ref, targets, kind, value, note, assignment: null, stored: null, change: 'new' };
}

/** A row's result as the rest of the product speaks it (the preview). */
export function resultOf(r: Pick<ImportRow, 'kind' | 'value'>): ReportedResult {
  return r.kind === 'value' ? { kind: 'value', value: r.value! } : { kind: r.kind };
}

/** A row the plan accepted: its assignment is known. */
export type ResultPlan = ImportRow & { assignment: AssignmentPlan };
