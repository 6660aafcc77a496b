/**
 * One round's items: every assignment (province × indicator × component) of the fiscal year with its
 * targets, the round's result and its classification. Every summary and view is built from these.
 */
import { classify, type Classification, type Result, type Targets } from '../../../shared/classification';
import type { Direction, IndicatorGroup, IndicatorKind } from '../../../shared/reference';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { assignments, indicators, provinces, results } from '../../platform/db/schema';


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

/** The columns of one item, typed from the schema. */
const itemColumns = {
  assignmentId: assignments.id,
  iso: provinces.iso,
  provinceNameTh: provinces.nameTh,
  provinceNameEn: provinces.nameEn,
  indicatorCode: indicators.code,
  indicatorSeq: indicators.seq,
  group: indicators.group,
  direction: indicators.direction,
  kind: indicators.kind,
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
  return itemQuery(db, filter).all({ roundId, year, iso: filter.iso, indicatorId: filter.indicatorId }).map(toItem);
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
    .innerJoin(indicators, eq(indicators.id, assignments.indicatorId))
    .innerJoin(provinces, eq(provinces.iso, assignments.provinceIso))
    .leftJoin(results, and(eq(results.assignmentId, assignments.id), eq(results.roundId, sql.placeholder('roundId'))))
    .where(
      and(
        eq(assignments.year, sql.placeholder('year')),
        filter.iso ? eq(assignments.provinceIso, sql.placeholder('iso')) : undefined,
        filter.indicatorId ? eq(assignments.indicatorId, sql.placeholder('indicatorId')) : undefined,
      ),
    )
    .orderBy(indicators.seq, provinces.iso, assignments.component)
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

function toItem(r: ItemRow): RoundItem {
  const targets = { min: r.min, std: r.std, adv: r.adv };
  const { result, classification } = classifyStored(targets, r.direction, r.kind, r.resultKind, r.value);
  return {
    assignmentId: r.assignmentId,
    iso: r.iso,
    provinceNameTh: r.provinceNameTh,
    provinceNameEn: r.provinceNameEn,
    indicatorCode: r.indicatorCode,
    indicatorSeq: r.indicatorSeq,
    group: r.group,
    direction: r.direction,
    kind: r.kind,
    component: r.component === '' ? null : r.component,
    targets,
    result,
    note: r.note,
    batchId: r.batchId,
    classification,
  };
}
