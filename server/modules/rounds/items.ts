/**
 * One round's items: every assignment (province × indicator × component) of the fiscal year with its
 * targets, the round's result and its classification. Every summary and view is built from these.
 */
import { classify, type Classification, type Result, type Targets } from '../../../shared/classification';
import type { Direction, IndicatorGroup, IndicatorKind } from '../../../shared/reference';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { assignments, indicators, results } from '../../platform/db/schema';
import type { Indicator, Province } from '../../../shared/contracts';
import { listIndicators, listProvinces } from './rounds.queries';


export interface RoundItem {
  assignmentId: number;
  iso: string;
  provinceNameTh: string;
  provinceNameEn: string;
  indicatorCode: string;
  indicatorSeq: number;
  group: IndicatorGroup;
  direction: Direction;
  kind: IndicatorKind;
  component: string | null;
  targets: Targets;
  result: Result;
  note: string | null;
  batchId: number | null;
  classification: Classification;
}

/**
 * The columns of one item, typed from the schema: the assignment and its result only. The province's
 * names and the indicator's facts come from their own short lists (77 and ~20 rows), not joined onto
 * every row: measured (issue 10), the joined text columns were a third of the query's time.
 */
const itemColumns = {
  assignmentId: assignments.id,
  iso: assignments.provinceIso,
  indicatorId: assignments.indicatorId,
  component: assignments.component,
  min: assignments.targetMin,
  std: assignments.targetStd,
  adv: assignments.targetAdv,
  resultKind: results.kind,
  value: results.value,
  note: results.note,
  batchId: results.batchId,
};

export interface ItemFilter {
  iso?: string;
  indicatorId?: number;
}

export function loadRoundItems(db: Db, roundId: number, year: number, filter: ItemFilter = {}): RoundItem[] {
  const rows = itemQuery(db, filter).all({ roundId, year, iso: filter.iso, indicatorId: filter.indicatorId });
  const indicatorById = new Map(listIndicators(db, year).map((i) => [i.id, i]));
  const provinceByIso = new Map(listProvinces(db).map((p) => [p.iso, p]));
  return rows.map((r) => toItem(r, indicatorById.get(r.indicatorId)!, provinceByIso.get(r.iso)!));
}

/** The row type comes from the query itself (left join: the result's columns may be null). */
type ItemRow = ReturnType<ReturnType<typeof prepareItems>['all']>[number];

/**
 * Prepared once per connection and filter shape (four at most): building the joined select's SQL on
 * every call was a third of a whole round's load (issue 10, the cold outlook loads three rounds).
 */
const itemQueries = new WeakMap<Db, Map<string, ReturnType<typeof prepareItems>>>();

function itemQuery(db: Db, filter: ItemFilter) {
  const shape = `${filter.iso ? 'iso' : ''}|${filter.indicatorId ? 'indicator' : ''}`;
  let byShape = itemQueries.get(db);
  if (!byShape) itemQueries.set(db, (byShape = new Map()));
  let query = byShape.get(shape);
  if (!query) byShape.set(shape, (query = prepareItems(db, filter)));
  return query;
}

function prepareItems(db: Db, filter: ItemFilter) {
  return db
    .select(itemColumns)
    .from(assignments)
    // joined for the catalog order only
    .innerJoin(indicators, eq(indicators.id, assignments.indicatorId))
    .leftJoin(results, and(eq(results.assignmentId, assignments.id), eq(results.roundId, sql.placeholder('roundId'))))
    .where(
      and(
        eq(assignments.year, sql.placeholder('year')),
        filter.iso ? eq(assignments.provinceIso, sql.placeholder('iso')) : undefined,
        filter.indicatorId ? eq(assignments.indicatorId, sql.placeholder('indicatorId')) : undefined,
      ),
    )
    .orderBy(indicators.seq, assignments.provinceIso, assignments.component)
    .prepare();
}

/**
 * A stored result row (or its absence) as the explicit result and its classification: a missing row
 * counts as not reported (the notice's status for "no result was submitted").
 */
export function classifyStored(
  targets: Targets,
  direction: Direction,
  kind: IndicatorKind,
  resultKind: 'value' | 'notReported' | 'pending' | null,
  value: number | null,
): { result: Result; classification: Classification } {
  const result: Result = resultKind === null ? { kind: 'missing' } : resultKind === 'value' ? { kind: 'value', value: value! } : { kind: resultKind };
  const classification = classify({ targets, direction, kind, result });
  return { result, classification };
}

function toItem(r: ItemRow, ind: Indicator, p: Province): RoundItem {
  const targets = { min: r.min, std: r.std, adv: r.adv };
  const { result, classification } = classifyStored(targets, ind.direction, ind.kind, r.resultKind, r.value);
  return {
    assignmentId: r.assignmentId,
    iso: r.iso,
    provinceNameTh: p.nameTh,
    provinceNameEn: p.nameEn,
    indicatorCode: ind.code,
    indicatorSeq: ind.seq,
    group: ind.group,
    direction: ind.direction,
    kind: ind.kind,
    component: r.component === '' ? null : r.component,
    targets,
    result,
    note: r.note,
    batchId: r.batchId,
    classification,
  };
}
