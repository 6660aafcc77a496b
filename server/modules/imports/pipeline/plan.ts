/**
 * Compares validated rows with what is stored: which assignments (targets) and results are new,
 * changed or unchanged, and which rows cannot be written (targets missing or contradicting).
 * Reads only; writing is `commit.ts`.
 */
import type { Targets } from '../../../../shared/classification';
import type { ImportIssue } from '../../../../shared/contracts/import-report';
import type { Db } from '../../../platform/db/client';
import type { assignments, results } from '../../../platform/db/schema';
import { typedStatement } from '../../../platform/db/statements';
import { assignmentKey, type AssignmentPlan, type AssignmentRef, type Change, type ImportRow, type ResultPlan, type StoredAssignment, type StoredResult } from './import-row';
import type { ValidRow } from './validate';

export type { AssignmentPlan, Change, ResultPlan, StoredAssignment, StoredResult };

export interface ImportPlan {
  assignments: AssignmentPlan[];
  results: ResultPlan[];
  errors: ImportIssue[];
}

const sameTargets = (a: Targets, b: Targets) => a.min === b.min && a.std === b.std && a.adv === b.adv;
const fmt = (t: Targets) => `${t.min} / ${t.std} / ${t.adv}`;

export function planImport(db: Db, rows: ValidRow[], opts: { updateTargets: boolean }): ImportPlan {
  const storedAssignments = storedBySlot(rows, loadAssignments(db, rows));
  const storedResults = loadResults(db, rows, storedAssignments);
  // By the rows' assignment slots (small integers from validation), not by their string keys: one
  // array read per row instead of a string hash.
  const bySlot: (AssignmentPlan | undefined)[] = [];
  const plans: AssignmentPlan[] = [];
  const errors: ImportIssue[] = [];
  /** Rows refused here (their targets): the plan's results are then the others. */
  let refused = 0;
  const issue = (row: number, column: string | null, code: string, th: string, en: string): ImportIssue => ({
    row, column, header: null, code, th, en, value: null,
  });

  for (const r of rows) {
    // The row is filled in place (import-row.ts): no ResultPlan per row. Reset first, so that a row
    // refused below is known as refused even if an earlier plan of the same rows accepted it.
    r.assignment = null;
    const ref = r.ref;
    let plan = bySlot[ref.slot];
    const stored = plan ? plan.stored : (storedAssignments[ref.slot] ?? null);
    if (r.targets) {
      if (plan && !sameTargets(plan.targets, r.targets)) {
        errors.push(issue(r.row, 'targetMin', 'TARGETS_INCONSISTENT_IN_FILE',
          `ค่าเป้าหมายไม่ตรงกับแถวที่ ${plan.row} ของตัวชี้วัดและจังหวัดเดียวกัน (${fmt(plan.targets)})`,
          `Targets differ from row ${plan.row} for the same province and indicator (${fmt(plan.targets)}).`));
        refused++;
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
            refused++;
            continue;
          }
        }
        plan = { index: plans.length, year: ref.year, iso: ref.iso, indicatorId: ref.indicator.id, component: ref.component, targets: r.targets, change, stored, row: r.row };
        plans.push((bySlot[ref.slot] = plan));
      }
    } else if (!plan) {
      if (!stored) {
        errors.push(issue(r.row, 'targetMin', 'TARGETS_MISSING',
          'ยังไม่มีค่าเป้าหมายของจังหวัดและตัวชี้วัดนี้ในระบบ กรุณาระบุค่าเป้าหมายทั้งสามค่า',
          'No targets are stored for this province and indicator yet: fill in all three targets.'));
        refused++;
        continue;
      }
      plan = { index: plans.length, year: ref.year, iso: ref.iso, indicatorId: ref.indicator.id, component: ref.component,
        targets: { min: stored.min, std: stored.std, adv: stored.adv }, change: 'unchanged', stored, row: r.row };
      plans.push((bySlot[ref.slot] = plan));
    }
    const storedResult = stored ? (storedResults.get(`${r.roundId}|${stored.id}`) ?? null) : null;
    r.assignment = plan;
    r.stored = storedResult;
    r.change = !storedResult ? 'new' : sameResult(storedResult, r) ? 'unchanged' : 'changed';
  }
  // Every row accepted (the usual case): the rows are the results, in file order, without a copy.
  const results = (refused === 0 ? rows : rows.filter((r) => r.assignment !== null)) as ResultPlan[];
  return { assignments: plans, results, errors };
}

/**
 * Each assignment slot's stored assignment (none: null or a hole), its key string made once per slot and
 * only when the store holds any of the file's years: in validation, 50,000 keys made for an empty store
 * were 13 ms of a 100,000-row import, and kept until its end.
 */
function storedBySlot(rows: ValidRow[], stored: Map<string, StoredAssignment>): (StoredAssignment | null)[] {
  const bySlot: (StoredAssignment | null)[] = [];
  if (stored.size === 0) return bySlot;
  for (const { ref } of rows) {
    if (bySlot[ref.slot] === undefined) bySlot[ref.slot] = stored.get(assignmentKey(ref.indicator.id, ref.iso, ref.component)) ?? null;
  }
  return bySlot;
}

function sameResult(s: StoredResult, r: ImportRow): boolean {
  if (s.kind !== r.kind || s.note !== r.note) return false;
  return r.kind !== 'value' || s.value === r.value;
}

/**
 * Stored rows are read either by scanning the file's years / rounds or by looking up each of the
 * file's keys on the unique indexes, whichever reads fewer rows: a round imported into a database
 * holding 100,000 other rows must not read them all (`npm run bench`, "one round into a large vs an
 * empty database"). A looked-up row costs about as much as SCAN_FACTOR scanned ones.
 *
 * The decision itself counts at most the rows a scan would be allowed to read (`limit`): a plain
 * `count(*)` of the year walked all of its stored index entries, 4.2 ms of a 676-row round's plan in a
 * database holding 100,000 rows (0.6 ms when empty; bench/import-phases.ts --large).
 *
 * Keys are looked up in the index's order, so its pages are read front to back, each once: on a new
 * connection (cold page cache) the demo round's plan took 2.4–2.7 ms CPU against 2.8–3.5 in file order
 * (100 k-row store). One statement over all keys (`json_each` joined to the index) was no cheaper than
 * 676 `get()`s inside the transaction (0.71–0.78 vs 0.63 ms warm): SQLite parses each key's JSON again.
 */
const SCAN_FACTOR = 4;

type AssignmentRow = Pick<typeof assignments.$inferSelect, 'id' | 'indicatorId' | 'provinceIso' | 'component' | 'targetMin' | 'targetStd' | 'targetAdv' | 'batchId'>;
type ResultRow = Pick<typeof results.$inferSelect, 'id' | 'assignmentId' | 'kind' | 'value' | 'note' | 'batchId'>;
type Count = { n: number };

// Raw prepared statements (typedStatement, rows typed from the schema): the import's measured hot path,
// one row per stored assignment / result the file touches (`npm run bench`, per-row import vs sqlite3 .import).
const assignmentColumns = `id, indicator_id as indicatorId, province_iso as provinceIso, component, target_min as targetMin,
  target_std as targetStd, target_adv as targetAdv, batch_id as batchId`;
const resultColumns = `id, assignment_id as assignmentId, kind, value, note, batch_id as batchId`;

const byIndexKey = (x: AssignmentRef, y: AssignmentRef) =>
  (x.iso < y.iso ? -1 : x.iso > y.iso ? 1 : x.indicator.id - y.indicator.id || (x.component < y.component ? -1 : x.component > y.component ? 1 : 0));

function loadAssignments(db: Db, rows: ValidRow[]): Map<string, StoredAssignment> {
  const map = new Map<string, StoredAssignment>();
  const put = (a: AssignmentRow) =>
    map.set(assignmentKey(a.indicatorId, a.provinceIso, a.component), { id: a.id, min: a.targetMin, std: a.targetStd, adv: a.targetAdv, batchId: a.batchId });
  const count = typedStatement<Count, [number, number]>(db, `select count(*) as n from (select 1 from assignments where year = ? limit ?)`);
  const scan = typedStatement<AssignmentRow, [number]>(db, `select ${assignmentColumns} from assignments where year = ?`);
  const one = typedStatement<AssignmentRow, [number, string, number, string]>(
    db, `select ${assignmentColumns} from assignments where year = ? and province_iso = ? and indicator_id = ? and component = ?`);
  const rowsPerYear = new Map<number, number>();
  for (const r of rows) rowsPerYear.set(r.ref.year, (rowsPerYear.get(r.ref.year) ?? 0) + 1);
  for (const [year, fileRows] of rowsPerYear) {
    const scanLimit = fileRows * SCAN_FACTOR;
    const stored = count.get(year, scanLimit + 1)!.n;
    if (stored === 0) continue; // a new year: nothing to compare with
    if (stored <= scanLimit) {
      for (const a of scan.iterate(year)) put(a);
      continue;
    }
    const refs = new Set<AssignmentRef>();
    for (const r of rows) if (r.ref.year === year) refs.add(r.ref);
    for (const r of [...refs].sort(byIndexKey)) {
      const a = one.get(year, r.iso, r.indicator.id, r.component);
      if (a) put(a);
    }
  }
  return map;
}

function loadResults(db: Db, rows: ValidRow[], storedAssignments: (StoredAssignment | null)[]): Map<string, StoredResult> {
  const map = new Map<string, StoredResult>();
  if (storedAssignments.length === 0) return map; // no stored assignment, no stored result
  const put = (roundId: number, r: ResultRow) => map.set(`${roundId}|${r.assignmentId}`, { id: r.id, kind: r.kind, value: r.value, note: r.note, batchId: r.batchId });
  // Only rows whose assignment is stored can have a stored result.
  const wanted = new Map<number, Set<number>>();
  for (const r of rows) {
    const a = storedAssignments[r.ref.slot];
    if (!a) continue;
    let ids = wanted.get(r.roundId);
    if (!ids) wanted.set(r.roundId, (ids = new Set()));
    ids.add(a.id);
  }
  const count = typedStatement<Count, [number, number]>(db, `select count(*) as n from (select 1 from results where round_id = ? limit ?)`);
  const scan = typedStatement<ResultRow, [number]>(db, `select ${resultColumns} from results where round_id = ?`);
  const one = typedStatement<ResultRow, [number, number]>(db, `select ${resultColumns} from results where round_id = ? and assignment_id = ?`);
  for (const [roundId, ids] of wanted) {
    const scanLimit = ids.size * SCAN_FACTOR;
    if (count.get(roundId, scanLimit + 1)!.n <= scanLimit) for (const r of scan.iterate(roundId)) put(roundId, r);
    else {
      for (const id of [...ids].sort((x, y) => x - y)) {
        const r = one.get(roundId, id);
        if (r) put(roundId, r);
      }
    }
  }
  return map;
}

/** The reference data the import was validated against is no longer all there (see `referencesGone`). */
export const referencesGoneIssue: ImportIssue = {
  row: null,
  column: null,
  header: null,
  code: 'REFERENCE_CHANGED',
  th: 'ข้อมูลอ้างอิง (ปีงบประมาณ รอบการประเมิน จังหวัด หรือตัวชี้วัด) เปลี่ยนแปลงระหว่างการนำเข้า จึงไม่ได้บันทึกข้อมูลใด ๆ กรุณานำเข้าไฟล์อีกครั้ง',
  en: 'The reference data (fiscal years, rounds, provinces or indicators) changed during the import, so nothing was written. Import the file again.',
  value: null,
};

/**
 * Whether a year, round, province or indicator that the plan's new rows name has gone since validation
 * read them (validation runs outside the write lock). Call under the write lock, before committing:
 * the commit writes with SQLite's per-row foreign-key look-ups off (platform/db/foreign-keys.ts), and
 * this is their replacement, one look-up per distinct value (a few dozen) instead of several per row.
 * Stored assignments and results need no check: the plan read them under the same lock.
 */
export function referencesGone(db: Db, plan: ImportPlan): boolean {
  const years = new Set<number>();
  const isos = new Set<string>();
  const indicatorIds = new Set<number>();
  const roundIds = new Set<number>();
  for (const a of plan.assignments) {
    if (a.change !== 'new') continue;
    years.add(a.year);
    isos.add(a.iso);
    indicatorIds.add(a.indicatorId);
  }
  for (const r of plan.results) if (r.change === 'new') roundIds.add(r.roundId);
  const there = <K>(sql: string, keys: Set<K>) => {
    const one = typedStatement<{ one: number }, [K]>(db, sql);
    for (const k of keys) if (!one.get(k)) return false;
    return true;
  };
  return !(
    there('select 1 as one from fiscal_years where year = ?', years) &&
    there('select 1 as one from provinces where iso = ?', isos) &&
    there('select 1 as one from indicators where id = ?', indicatorIds) &&
    there('select 1 as one from rounds where id = ?', roundIds)
  );
}
