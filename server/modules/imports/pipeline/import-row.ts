/**
 * One valid row of an import file and, once planned, what it does to the store: validation makes it and
 * the plan fills in its assignment, stored result and change in place (issue 10).
 *
 * One object per row, made once: validation's row, its `result` object and the plan's ResultPlan were
 * three objects per row that all lived until the commit, and every young-generation collection of a
 * 100,000-row import copied all of them (120 ms of collector time per import, `node --cpu-prof`). The
 * plan's fields are set in the constructor, so filling them in never changes the object's shape.
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

export interface AssignmentPlan {
  key: string;
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

export class ImportRow {
  /** The plan's: the row's assignment, or null when the plan refused the row (its targets). */
  assignment: AssignmentPlan | null = null;
  /** The plan's: the stored result this row replaces, if any. */
  stored: StoredResult | null = null;
  /** The plan's: what the row does to its stored result. */
  change: Change = 'new';

  constructor(
    readonly row: number,
    readonly year: number,
    readonly round: number,
    readonly roundId: number,
    readonly iso: string,
    readonly indicator: IndicatorMeta,
    /** '' when the indicator has no components. */
    readonly component: string,
    /** `indicatorId|iso|component`: the assignment this row reports on (made once per assignment, shared). */
    readonly key: string,
    /** The assignment's slot (0, 1, 2… in the order first seen in this file): the plan's integer key. */
    readonly slot: number,
    readonly targets: Targets | null,
    /** The result, flat: a `{ kind, value }` object per row was one more object kept until the commit. */
    readonly kind: ReportedResult['kind'],
    /** The number when `kind` is 'value', else null. */
    readonly value: number | null,
    readonly note: string | null,
  ) {}

  /** The result as the rest of the product speaks it (made on demand: the preview, tests). */
  get result(): ReportedResult {
    return this.kind === 'value' ? { kind: 'value', value: this.value! } : { kind: this.kind };
  }
}

/** A row the plan accepted: its assignment is known. */
export type ResultPlan = ImportRow & { assignment: AssignmentPlan };
