/**
 * One round's items: every assignment (province × indicator × component) of the fiscal year with its
 * targets, the round's result and its classification. Every summary and view is built from these.
 */
import { classify, type Classification, type Result, type Targets } from '../../../shared/classification';
import type { Direction, IndicatorGroup, IndicatorKind } from '../../../shared/reference';
import type { Db } from '../../platform/db/client';


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

interface Row {
  assignmentId: number;
  iso: string;
  provinceNameTh: string;
  provinceNameEn: string;
  indicatorCode: string;
  indicatorSeq: number;
  group: IndicatorGroup;
  direction: Direction;
  kind: IndicatorKind;
  component: string;
  min: number;
  std: number;
  adv: number;
  resultKind: 'value' | 'notReported' | 'pending' | null;
  value: number | null;
  note: string | null;
  batchId: number | null;
}

export interface ItemFilter {
  iso?: string;
  indicatorId?: number;
}

export function loadRoundItems(db: Db, roundId: number, year: number, filter: ItemFilter = {}): RoundItem[] {
  const where = ['a.year = @year'];
  if (filter.iso) where.push('a.province_iso = @iso');
  if (filter.indicatorId) where.push('a.indicator_id = @indicatorId');
  const rows = db.$client
    .prepare(
      `select a.id as assignmentId, p.iso, p.name_th as provinceNameTh, p.name_en as provinceNameEn,
              i.code as indicatorCode, i.seq as indicatorSeq, i."group" as "group", i.direction, i.kind,
              a.component, a.target_min as min, a.target_std as std, a.target_adv as adv,
              r.kind as resultKind, r.value, r.note, r.batch_id as batchId
       from assignments a
       join indicators i on i.id = a.indicator_id
       join provinces p on p.iso = a.province_iso
       left join results r on r.assignment_id = a.id and r.round_id = @roundId
       where ${where.join(' and ')}
       order by i.seq, p.iso, a.component`,
    )
    .all({ year, roundId, iso: filter.iso ?? null, indicatorId: filter.indicatorId ?? null }) as Row[];
  return rows.map(toItem);
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

function toItem(r: Row): RoundItem {
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
