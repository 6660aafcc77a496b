/**
 * Compares validated rows with what is stored: which assignments (targets) and results are new,
 * changed or unchanged, and which rows cannot be written (targets missing or contradicting).
 * Reads only; writing is `commit.ts`.
 */
import type { ReportedResult, Targets } from '../../../../shared/classification';
import type { ImportIssue } from '../../../../shared/contracts/import-report';
import type { Db } from '../../../platform/db/client';
import type { ValidRow } from './validate';

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

export interface ResultPlan {
  row: number;
  roundId: number;
  assignment: AssignmentPlan;
  result: ReportedResult;
  note: string | null;
  change: Change;
  stored: StoredResult | null;
}

export interface ImportPlan {
  assignments: AssignmentPlan[];
  results: ResultPlan[];
  errors: ImportIssue[];
}

const sameTargets = (a: Targets, b: Targets) => a.min === b.min && a.std === b.std && a.adv === b.adv;
const fmt = (t: Targets) => `${t.min} / ${t.std} / ${t.adv}`;

export function planImport(db: Db, rows: ValidRow[], opts: { updateTargets: boolean }): ImportPlan {
  const storedAssignments = loadAssignments(db, [...new Set(rows.map((r) => r.year))]);
  const storedResults = loadResults(db, [...new Set(rows.map((r) => r.roundId))]);
  const plans = new Map<string, AssignmentPlan>();
  const errors: ImportIssue[] = [];
  const results: ResultPlan[] = [];
  const issue = (row: number, column: string | null, code: string, th: string, en: string): ImportIssue => ({
    row, column, header: null, code, th, en, value: null,
  });

  for (const r of rows) {
    const key = `${r.indicator.id}|${r.iso}|${r.component}`;
    const stored = storedAssignments.get(key) ?? null;
    let plan = plans.get(key);
    if (r.targets) {
      if (plan && !sameTargets(plan.targets, r.targets)) {
        errors.push(issue(r.row, 'targetMin', 'TARGETS_INCONSISTENT_IN_FILE',
          `ค่าเป้าหมายไม่ตรงกับแถวที่ ${plan.row} ของตัวชี้วัดและจังหวัดเดียวกัน (${fmt(plan.targets)})`,
          `Targets differ from row ${plan.row} for the same province and indicator (${fmt(plan.targets)}).`));
        continue;
      }
      if (!plan) {
        let change: Change = 'new';
        if (stored) {
          const storedTargets = { min: stored.min, std: stored.std, adv: stored.adv };
          change = sameTargets(storedTargets, r.targets) ? 'unchanged' : 'changed';
          if (change === 'changed' && !opts.updateTargets) {
            errors.push(issue(r.row, 'targetMin', 'TARGETS_CONFLICT',
              `ค่าเป้าหมายไม่ตรงกับที่บันทึกไว้ (${fmt(storedTargets)}) หากต้องการแก้ไขค่าเป้าหมาย ให้นำเข้าโดยเลือก "ปรับปรุงค่าเป้าหมาย"`,
              `Targets contradict the stored ones (${fmt(storedTargets)}). To change targets, import with "update targets" (--update-targets).`));
            continue;
          }
        }
        plan = { key, year: r.year, iso: r.iso, indicatorId: r.indicator.id, component: r.component, targets: r.targets, change, stored, row: r.row };
        plans.set(key, plan);
      }
    } else if (!plan) {
      if (!stored) {
        errors.push(issue(r.row, 'targetMin', 'TARGETS_MISSING',
          'ยังไม่มีค่าเป้าหมายของจังหวัดและตัวชี้วัดนี้ในระบบ กรุณาระบุค่าเป้าหมายทั้งสามค่า',
          'No targets are stored for this province and indicator yet: fill in all three targets.'));
        continue;
      }
      plan = { key, year: r.year, iso: r.iso, indicatorId: r.indicator.id, component: r.component,
        targets: { min: stored.min, std: stored.std, adv: stored.adv }, change: 'unchanged', stored, row: r.row };
      plans.set(key, plan);
    }
    const storedResult = stored ? (storedResults.get(`${r.roundId}|${stored.id}`) ?? null) : null;
    results.push({ row: r.row, roundId: r.roundId, assignment: plan, result: r.result, note: r.note, stored: storedResult,
      change: !storedResult ? 'new' : sameResult(storedResult, r.result, r.note) ? 'unchanged' : 'changed' });
  }
  return { assignments: [...plans.values()], results, errors };
}

function sameResult(s: StoredResult, r: ReportedResult, note: string | null): boolean {
  if (s.kind !== r.kind || s.note !== note) return false;
  return r.kind !== 'value' || s.value === r.value;
}

function loadAssignments(db: Db, years: number[]): Map<string, StoredAssignment> {
  const map = new Map<string, StoredAssignment>();
  // Raw prepared statement: the import's measured hot path (`npm run bench`, synthetic 100,000-row CSV: import/plain ratio 0.48 in README, budget ≥ 0.33); one row per assignment of the years in the file.
  const stmt = db.$client.prepare(
    `select id, indicator_id as indicatorId, province_iso as iso, component, target_min as min, target_std as std,
            target_adv as adv, batch_id as batchId from assignments where year = ?`,
  );
  for (const y of years) {
    for (const a of stmt.iterate(y) as Iterable<StoredAssignment & { indicatorId: number; iso: string; component: string }>) {
      map.set(`${a.indicatorId}|${a.iso}|${a.component}`, { id: a.id, min: a.min, std: a.std, adv: a.adv, batchId: a.batchId });
    }
  }
  return map;
}

function loadResults(db: Db, roundIds: number[]): Map<string, StoredResult> {
  const map = new Map<string, StoredResult>();
  const stmt = db.$client.prepare(
    `select id, assignment_id as assignmentId, kind, value, note, batch_id as batchId from results where round_id = ?`,
  );
  for (const roundId of roundIds) {
    for (const r of stmt.iterate(roundId) as Iterable<StoredResult & { assignmentId: number }>) {
      map.set(`${roundId}|${r.assignmentId}`, { id: r.id, kind: r.kind, value: r.value, note: r.note, batchId: r.batchId });
    }
  }
  return map;
}
