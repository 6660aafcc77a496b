/**
 * Writes an import plan in one SQLite transaction: all of it or none of it. A changed assignment or
 * result first copies its previous values to the history table, naming the batch that replaced them.
 */
import type { Db } from '../../../platform/db/client';
import { recordAudit } from '../../audit/audit.record';
import { bulkInsert } from './bulk-insert';
import type { ImportPlan, ResultPlan } from './plan';

export interface BatchInfo {
  fileName: string;
  sha256: string;
  importedBy: string;
  /** The signed-in user's id (null for the CLI and the demo loader). */
  importedById?: number | null;
  ip?: string | null;
  source: 'cli' | 'api' | 'demo';
  createdAt: string;
}

export interface CommitCounts {
  rowsTotal: number;
  rowsNew: number;
  rowsChanged: number;
  rowsUnchanged: number;
  targetsNew: number;
  targetsChanged: number;
}

/** Returns the new batch id. Call only with a plan that has no errors and at least one change. */
export function commitPlan(db: Db, plan: ImportPlan, batch: BatchInfo, counts: CommitCounts): number {
  // Raw prepared statements: the import's measured hot path (`npm run bench`, "Per row … vs sqlite3 .import"; writes are most of it).
  const s = db.$client;
  const insertBatch = s.prepare(
    `insert into import_batches (file_name, sha256, imported_by, source, created_at, rows_total, rows_new, rows_changed,
       rows_unchanged, targets_new, targets_changed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAssignment = s.prepare(
    `insert into assignments (year, province_iso, indicator_id, component, target_min, target_std, target_adv, batch_id)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const keepAssignment = s.prepare(
    `insert into assignment_history (assignment_id, target_min, target_std, target_adv, batch_id, replaced_by_batch_id)
     values (?, ?, ?, ?, ?, ?)`,
  );
  const updateAssignment = s.prepare(`update assignments set target_min = ?, target_std = ?, target_adv = ?, batch_id = ? where id = ?`);
  const keepResult = s.prepare(
    `insert into result_history (result_id, kind, value, note, batch_id, replaced_by_batch_id) values (?, ?, ?, ?, ?, ?)`,
  );
  const updateResult = s.prepare(`update results set kind = ?, value = ?, note = ?, batch_id = ? where id = ?`);

  return s.transaction(() => {
    const batchId = Number(
      insertBatch.run(batch.fileName, batch.sha256, batch.importedBy, batch.source, batch.createdAt, counts.rowsTotal,
        counts.rowsNew, counts.rowsChanged, counts.rowsUnchanged, counts.targetsNew, counts.targetsChanged).lastInsertRowid,
    );
    const assignmentIds: number[] = new Array(plan.assignments.length); // by AssignmentPlan.index
    // Assignments row by row: in 500-row chunks (bulk-insert.ts) they cost more, not less (CPU 550–600 vs
    // 460–480 ms for the bench's 50,000 assignments and 100,000 results), unlike the results below.
    for (const a of plan.assignments) {
      const t = a.targets;
      if (a.change === 'new') {
        assignmentIds[a.index] = Number(insertAssignment.run(a.year, a.iso, a.indicatorId, a.component, t.min, t.std, t.adv, batchId).lastInsertRowid);
        continue;
      }
      const stored = a.stored!;
      assignmentIds[a.index] = stored.id;
      if (a.change === 'changed') {
        keepAssignment.run(stored.id, stored.min, stored.std, stored.adv, stored.batchId, batchId);
        updateAssignment.run(t.min, t.std, t.adv, batchId, stored.id);
      }
    }
    const fresh: ResultPlan[] = [];
    for (const r of plan.results) {
      if (r.change === 'new') fresh.push(r);
      else if (r.change === 'changed') {
        const stored = r.stored!;
        keepResult.run(stored.id, stored.kind, stored.value, stored.note, stored.batchId, batchId);
        updateResult.run(r.kind, r.value, r.note, batchId, stored.id);
      }
    }
    bulkInsert(db, 'insert into results (round_id, assignment_id, kind, value, note, batch_id) values', 6, fresh.length,
      (i, p, at) => {
        const r = fresh[i]!;
        p[at] = r.roundId; p[at + 1] = assignmentIds[r.assignment.index]!; p[at + 2] = r.kind;
        p[at + 3] = r.value; p[at + 4] = r.note; p[at + 5] = batchId;
      });
    // The audit row is written in the same transaction: no batch without its audit row, and vice versa.
    // Value-by-value before/after lives in result_history / assignment_history, keyed by this batch.
    recordAudit(db, {
      actorId: batch.importedById ?? null,
      actorUsername: batch.importedBy,
      action: 'import.commit',
      entityType: 'import_batch',
      entityId: batchId,
      batchId,
      after: { fileName: batch.fileName, sha256: batch.sha256, source: batch.source, ...counts },
      ip: batch.ip ?? null,
    }, new Date(batch.createdAt));
    return batchId;
  })();
}
