/**
 * Rolling back an import batch: every result and target the batch wrote returns to its previous
 * value (from the history tables), rows the batch created are removed, in one transaction. Refused
 * when a later batch has since changed the same rows (roll that one back first), or when already done.
 */
import { and, count, eq, exists, isNotNull, ne, notExists, notInArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../platform/db/client';
import { assignmentHistory, assignments, importBatches, indicators, resultHistory, results, rounds } from '../../../platform/db/schema';
import { recordAudit } from '../../audit/audit.record';

export type RollbackOutcome =
  | { ok: true; results: { restored: number; removed: number }; targets: { restored: number; removed: number } }
  | { ok: false; code: 'NOT_FOUND' | 'ALREADY_ROLLED_BACK' | 'LATER_CHANGES'; th: string; en: string };

export function rollbackBatch(db: Db, batchId: number, by: { id: number | null; username: string; ip?: string | null }, now = new Date()): RollbackOutcome {
  const s = db.$client;
  // Drizzle's builder throughout: a rollback is a handful of set-based statements, not a row loop.
  return s.transaction((): RollbackOutcome => {
    const batch = db.select({ id: importBatches.id, rolledBackAt: importBatches.rolledBackAt }).from(importBatches).where(eq(importBatches.id, batchId)).get();
    if (!batch) return { ok: false, code: 'NOT_FOUND', th: `ไม่พบชุดนำเข้าที่ ${batchId}`, en: `Import batch ${batchId} was not found.` };
    if (batch.rolledBackAt) return { ok: false, code: 'ALREADY_ROLLED_BACK', th: `ชุดนำเข้าที่ ${batchId} ถูกยกเลิกไปแล้ว`, en: `Import batch ${batchId} was already rolled back.` };

    const n = (q: { get(): { n: number } | undefined }) => q.get()?.n ?? 0;
    // Rows this batch changed that a later batch changed again: restoring them would lose that later work.
    const laterResults = n(db.select({ n: count() }).from(resultHistory).innerJoin(results, eq(results.id, resultHistory.resultId))
      .where(and(eq(resultHistory.replacedByBatchId, batchId), ne(results.batchId, batchId))));
    const laterTargets = n(db.select({ n: count() }).from(assignmentHistory).innerJoin(assignments, eq(assignments.id, assignmentHistory.assignmentId))
      .where(and(eq(assignmentHistory.replacedByBatchId, batchId), ne(assignments.batchId, batchId))));
    const laterOnNew = n(db.select({ n: count() }).from(results).innerJoin(assignments, eq(assignments.id, results.assignmentId))
      .where(and(eq(assignments.batchId, batchId), ne(results.batchId, batchId), notExists(
        db.select({ one: sql`1` }).from(assignmentHistory).where(and(eq(assignmentHistory.assignmentId, assignments.id), eq(assignmentHistory.replacedByBatchId, batchId))),
      ))));
    // Values this batch wrote that a later, still-standing batch replaced (rolled-back batches no longer count).
    const rolledBack = db.select({ id: importBatches.id }).from(importBatches).where(isNotNull(importBatches.rolledBackAt));
    const laterHistory =
      n(db.select({ n: count() }).from(resultHistory).where(and(eq(resultHistory.batchId, batchId), ne(resultHistory.replacedByBatchId, batchId), notInArray(resultHistory.replacedByBatchId, rolledBack)))) +
      n(db.select({ n: count() }).from(assignmentHistory).where(and(eq(assignmentHistory.batchId, batchId), ne(assignmentHistory.replacedByBatchId, batchId), notInArray(assignmentHistory.replacedByBatchId, rolledBack))));
    if (laterResults + laterTargets + laterOnNew + laterHistory > 0) {
      return {
        ok: false,
        code: 'LATER_CHANGES',
        th: `ไม่สามารถยกเลิกชุดนำเข้าที่ ${batchId} ได้ เนื่องจากมีการนำเข้าภายหลังที่แก้ไขข้อมูลเดียวกัน กรุณายกเลิกชุดที่ใหม่กว่าก่อน`,
        en: `Batch ${batchId} cannot be rolled back: a later import changed the same rows. Roll that batch back first.`,
      };
    }

    // Each value this batch replaced goes back to what its history row kept.
    const resultKept = db.select().from(resultHistory).where(and(eq(resultHistory.resultId, results.id), eq(resultHistory.replacedByBatchId, batchId)));
    // One correlated read of the kept row per column, the same for every column.
    const keptResult = (column: 'kind' | 'value' | 'note' | 'batch_id') =>
      sql`(select ${sql.raw(`h.${column}`)} from ${resultHistory} h where h.result_id = ${results.id} and h.replaced_by_batch_id = ${batchId})`;
    const restoredResults = db.update(results)
      .set({ kind: keptResult('kind'), value: keptResult('value'), note: keptResult('note'), batchId: keptResult('batch_id') })
      .where(and(eq(results.batchId, batchId), exists(resultKept)))
      .run().changes;
    const removedResults = db.delete(results).where(eq(results.batchId, batchId)).run().changes;
    const targetsKept = db.select().from(assignmentHistory).where(and(eq(assignmentHistory.assignmentId, assignments.id), eq(assignmentHistory.replacedByBatchId, batchId)));
    const keptTarget = (column: 'target_min' | 'target_std' | 'target_adv' | 'batch_id') =>
      sql`(select ${sql.raw(`h.${column}`)} from ${assignmentHistory} h where h.assignment_id = ${assignments.id} and h.replaced_by_batch_id = ${batchId})`;
    const restoredTargets = db.update(assignments)
      .set({ targetMin: keptTarget('target_min'), targetStd: keptTarget('target_std'), targetAdv: keptTarget('target_adv'), batchId: keptTarget('batch_id') })
      .where(and(eq(assignments.batchId, batchId), exists(targetsKept)))
      .run().changes;
    const removedTargets = db.delete(assignments)
      .where(and(eq(assignments.batchId, batchId), notExists(db.select({ one: sql`1` }).from(results).where(eq(results.assignmentId, assignments.id)))))
      .run().changes;
    db.update(importBatches).set({ rolledBackAt: now.toISOString(), rolledBackBy: by.username }).where(eq(importBatches.id, batchId)).run();
    const outcome = { ok: true as const, results: { restored: restoredResults, removed: removedResults }, targets: { restored: restoredTargets, removed: removedTargets } };
    recordAudit(db, { actorId: by.id, actorUsername: by.username, action: 'import.rollback', entityType: 'import_batch', entityId: batchId, batchId, after: { results: outcome.results, targets: outcome.targets }, ip: by.ip ?? null }, now);
    return outcome;
    // IMMEDIATE: the checks above read what the restore then writes; with the write lock taken first,
    // no import can commit between them (and a busy database waits for busy_timeout, not fails at once).
  }).immediate();
}

export interface BatchChange {
  kind: 'result' | 'target';
  iso: string;
  indicatorCode: string;
  component: string | null;
  year: number;
  round: number | null;
  before: unknown;
  after: unknown;
}

/** The value-by-value changes a batch made: previous values from history, current ones where the batch still holds them. */
export function batchChanges(db: Db, batchId: number, limit = 5000): BatchChange[] {
  const h = alias(resultHistory, 'h');
  const changed = db
    .select({
      iso: assignments.provinceIso, indicatorCode: indicators.code, component: assignments.component, year: assignments.year, round: rounds.months,
      bKind: h.kind, bValue: h.value, aKind: results.kind, aValue: results.value,
    })
    .from(results)
    .innerJoin(assignments, eq(assignments.id, results.assignmentId))
    .innerJoin(indicators, eq(indicators.id, assignments.indicatorId))
    .innerJoin(rounds, eq(rounds.id, results.roundId))
    .leftJoin(h, and(eq(h.resultId, results.id), eq(h.replacedByBatchId, batchId)))
    .where(or(eq(results.batchId, batchId), isNotNull(h.id)))
    .orderBy(indicators.seq, assignments.provinceIso)
    .limit(limit)
    .all();
  const targets = db
    .select({
      iso: assignments.provinceIso, indicatorCode: indicators.code, component: assignments.component, year: assignments.year,
      bMin: assignmentHistory.targetMin, bStd: assignmentHistory.targetStd, bAdv: assignmentHistory.targetAdv,
      aMin: assignments.targetMin, aStd: assignments.targetStd, aAdv: assignments.targetAdv,
    })
    .from(assignmentHistory)
    .innerJoin(assignments, eq(assignments.id, assignmentHistory.assignmentId))
    .innerJoin(indicators, eq(indicators.id, assignments.indicatorId))
    .where(eq(assignmentHistory.replacedByBatchId, batchId))
    .orderBy(indicators.seq, assignments.provinceIso)
    .limit(limit)
    .all();
  return [
    ...targets.map((t): BatchChange => ({ kind: 'target', iso: t.iso, indicatorCode: t.indicatorCode, component: t.component || null, year: t.year, round: null, before: { min: t.bMin, std: t.bStd, adv: t.bAdv }, after: { min: t.aMin, std: t.aStd, adv: t.aAdv } })),
    ...changed.map((r): BatchChange => ({
      kind: 'result',
      iso: r.iso,
      indicatorCode: r.indicatorCode,
      component: r.component || null,
      year: r.year,
      round: r.round,
      before: r.bKind === null ? null : { kind: r.bKind, value: r.bValue },
      after: { kind: r.aKind, value: r.aValue },
    })),
  ];
}
