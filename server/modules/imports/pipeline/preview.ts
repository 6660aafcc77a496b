/**
 * The dry run's preview of a plan: every row that would change, before → after, classified on both
 * sides, grouped by province and indicator; and the plan's hash, which a confirm sends back so that
 * the import writes exactly what was previewed (issue 13). Reads only; beside `plan.ts`, whose
 * shapes it takes as they are.
 */
import { createHash } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { classify, type ReportedResult, type Targets } from '../../../../shared/classification';
import type { ImportPreview, PreviewGroup, PreviewRow, PreviewSide } from '../../../../shared/contracts/import-preview';
import type { ImportIssue } from '../../../../shared/contracts/import-report';
import type { Db } from '../../../platform/db/client';
import { indicators, provinces, rounds } from '../../../platform/db/schema';
import { assignmentKey, resultOf } from './import-row';
import type { ImportPlan } from './plan';

/** A preview of a whole province list is ~2,000 rows; past this the counts still say how many in all. */
export const MAX_PREVIEW_ROWS = 5000;

/**
 * A hash of what the plan would write and of the stored values it was planned against (ids, batches,
 * values). The same file planned against an unchanged store gives the same hash; any import, edit or
 * rollback in between that touches the file's rows gives another.
 *
 * @example
 * const hash = planHash(planImport(db, rows, opts)); // 64 hex digits
 */
export function planHash(plan: ImportPlan): string {
  const h = createHash('sha256');
  // Each assignment's key, by AssignmentPlan.index (the plan does not keep them: import-row.ts).
  const keys = plan.assignments.map((a) => assignmentKey(a.indicatorId, a.iso, a.component));
  for (const a of plan.assignments) {
    const s = a.stored;
    h.update(`a|${keys[a.index]}|${a.change}|${a.targets.min}|${a.targets.std}|${a.targets.adv}|${s ? `${s.id}|${s.min}|${s.std}|${s.adv}|${s.batchId}` : '-'}\n`);
  }
  for (const r of plan.results) {
    const s = r.stored;
    // The row's flat kind and value (import-row.ts): no result object per row.
    h.update(`r|${r.roundId}|${keys[r.assignment.index]}|${r.change}|${r.kind}|${r.value ?? ''}|${r.note ?? ''}|`);
    h.update(s ? `${s.id}|${s.kind}|${s.value ?? ''}|${s.note ?? ''}|${s.batchId}\n` : '-\n');
  }
  return h.digest('hex');
}

/** The refusal when a confirm's hash no longer matches the store (answered with 409). */
export const planChangedIssue: ImportIssue = {
  row: null,
  column: null,
  header: null,
  code: 'PLAN_CHANGED',
  th: 'ข้อมูลเปลี่ยนไปหลังการแสดงตัวอย่าง กรุณาแสดงตัวอย่างใหม่ก่อนยืนยันการนำเข้า',
  en: 'The data changed since the preview: preview again before confirming the import.',
  value: null,
};

/** Lists every row of the plan that would change, classified before and after. */
export function previewPlan(db: Db, plan: ImportPlan): ImportPreview {
  const changing = plan.results.filter((r) => r.change !== 'unchanged' || r.assignment.change === 'changed');
  const indicatorIds = [...new Set(changing.map((r) => r.assignment.indicatorId))];
  const indicatorById = new Map(
    (indicatorIds.length ? db.select().from(indicators).where(inArray(indicators.id, indicatorIds)).all() : []).map((i) => [i.id, i]),
  );
  const provinceByIso = new Map(db.select().from(provinces).all().map((p) => [p.iso, p]));
  const monthsOfRound = new Map(db.select().from(rounds).all().map((r) => [r.id, r.months]));

  const rows: PreviewRow[] = changing.map((r) => {
    const a = r.assignment;
    const indicator = indicatorById.get(a.indicatorId)!;
    const province = provinceByIso.get(a.iso)!;
    const facts = { direction: indicator.direction, kind: indicator.kind };
    const storedTargets: Targets = a.stored ? { min: a.stored.min, std: a.stored.std, adv: a.stored.adv } : a.targets;
    const before = r.stored
      ? side(facts, storedTargets, storedResult(r.stored), r.stored.note)
      : null;
    const after = side(facts, a.targets, resultOf(r), r.note);
    return {
      row: r.row,
      year: a.year,
      round: monthsOfRound.get(r.roundId) ?? 0,
      iso: a.iso,
      provinceTh: province.nameTh,
      provinceEn: province.nameEn,
      indicatorCode: indicator.code,
      indicatorTh: indicator.nameTh,
      indicatorEn: indicator.nameEn,
      unitTh: indicator.unitTh,
      unitEn: indicator.unitEn,
      decimals: indicator.decimals,
      component: a.component,
      change: r.change === 'new' ? 'new' : 'changed',
      before,
      after,
      targetsChanged: a.change === 'changed',
      statusChanged: before !== null && before.status !== after.status,
      levelChanged: before !== null && before.level !== after.level,
    };
  });
  // Grouped as people read a round: province (Thai alphabetical order), then indicator, then component.
  rows.sort((x, y) => x.provinceTh.localeCompare(y.provinceTh, 'th') || x.indicatorCode.localeCompare(y.indicatorCode)
    || x.component.localeCompare(y.component, 'th') || x.year - y.year || x.round - y.round);
  const groups = new Map<string, PreviewGroup>();
  for (const row of rows) {
    const key = `${row.iso}|${row.indicatorCode}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { iso: row.iso, provinceTh: row.provinceTh, provinceEn: row.provinceEn, indicatorCode: row.indicatorCode, rows: 0, statusChanges: 0 }));
    g.rows++;
    if (row.statusChanged) g.statusChanges++;
  }
  return {
    rows: rows.slice(0, MAX_PREVIEW_ROWS),
    rowsTotal: rows.length,
    statusChanges: rows.filter((row) => row.statusChanged).length,
    groups: [...groups.values()],
  };
}

function storedResult(s: { kind: ReportedResult['kind']; value: number | null }): ReportedResult {
  if (s.kind === 'value') return { kind: 'value', value: s.value ?? 0 };
  return { kind: s.kind };
}

function side(facts: Pick<Parameters<typeof classify>[0], 'direction' | 'kind'>, targets: Targets, result: ReportedResult, note: string | null): PreviewSide {
  const { status, level } = classify({ ...facts, targets, result });
  return { result, note, targets, status, level };
}
