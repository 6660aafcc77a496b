/**
 * Rolling back an import batch: every result and target the batch wrote returns to its previous
 * value (from the history tables), rows the batch created are removed, in one transaction. Refused
 * when a later batch has since changed the same rows (roll that one back first), or when already done.
 */
import type { Db } from '../../../platform/db/client';
import { recordAudit } from '../../audit/audit.record';

export type RollbackOutcome =
  | { ok: true; results: { restored: number; removed: number }; targets: { restored: number; removed: number } }
  | { ok: false; code: 'NOT_FOUND' | 'ALREADY_ROLLED_BACK' | 'LATER_CHANGES'; th: string; en: string };

export function rollbackBatch(db: Db, batchId: number, by: { id: number | null; username: string; ip?: string | null }, now = new Date()): RollbackOutcome {
  const s = db.$client;
  return s.transaction((): RollbackOutcome => {
    const batch = s.prepare('select id, rolled_back_at as rolledBackAt from import_batches where id = ?').get(batchId) as { id: number; rolledBackAt: string | null } | undefined;
    if (!batch) return { ok: false, code: 'NOT_FOUND', th: `ไม่พบชุดนำเข้าที่ ${batchId}`, en: `Import batch ${batchId} was not found.` };
    if (batch.rolledBackAt) return { ok: false, code: 'ALREADY_ROLLED_BACK', th: `ชุดนำเข้าที่ ${batchId} ถูกยกเลิกไปแล้ว`, en: `Import batch ${batchId} was already rolled back.` };

    // Rows this batch changed that a later batch changed again: restoring them would lose that later work.
    const laterResults = (s.prepare(`select count(*) as n from result_history h join results r on r.id = h.result_id where h.replaced_by_batch_id = ? and r.batch_id != ?`).get(batchId, batchId) as { n: number }).n;
    const laterTargets = (s.prepare(`select count(*) as n from assignment_history h join assignments a on a.id = h.assignment_id where h.replaced_by_batch_id = ? and a.batch_id != ?`).get(batchId, batchId) as { n: number }).n;
    const laterOnNew = (s.prepare(`select count(*) as n from results r join assignments a on a.id = r.assignment_id where a.batch_id = ? and r.batch_id != ? and not exists (select 1 from assignment_history h where h.assignment_id = a.id and h.replaced_by_batch_id = ?)`).get(batchId, batchId, batchId) as { n: number }).n;
    // Values this batch wrote that a later, still-standing batch replaced (rolled-back batches no longer count).
    const standing = `replaced_by_batch_id not in (select id from import_batches where rolled_back_at is not null)`;
    const laterHistory =
      (s.prepare(`select count(*) as n from result_history where batch_id = ? and replaced_by_batch_id != ? and ${standing}`).get(batchId, batchId) as { n: number }).n +
      (s.prepare(`select count(*) as n from assignment_history where batch_id = ? and replaced_by_batch_id != ? and ${standing}`).get(batchId, batchId) as { n: number }).n;
    if (laterResults + laterTargets + laterOnNew + laterHistory > 0) {
      return {
        ok: false,
        code: 'LATER_CHANGES',
        th: `ไม่สามารถยกเลิกชุดนำเข้าที่ ${batchId} ได้ เนื่องจากมีการนำเข้าภายหลังที่แก้ไขข้อมูลเดียวกัน กรุณายกเลิกชุดที่ใหม่กว่าก่อน`,
        en: `Batch ${batchId} cannot be rolled back: a later import changed the same rows. Roll that batch back first.`,
      };
    }

    const restoredResults = s.prepare(
      `update results set (kind, value, note, batch_id) = (select h.kind, h.value, h.note, h.batch_id from result_history h where h.result_id = results.id and h.replaced_by_batch_id = ?)
       where batch_id = ? and exists (select 1 from result_history h where h.result_id = results.id and h.replaced_by_batch_id = ?)`,
    ).run(batchId, batchId, batchId).changes;
    const removedResults = s.prepare(`delete from results where batch_id = ?`).run(batchId).changes;
    const restoredTargets = s.prepare(
      `update assignments set (target_min, target_std, target_adv, batch_id) = (select h.target_min, h.target_std, h.target_adv, h.batch_id from assignment_history h where h.assignment_id = assignments.id and h.replaced_by_batch_id = ?)
       where batch_id = ? and exists (select 1 from assignment_history h where h.assignment_id = assignments.id and h.replaced_by_batch_id = ?)`,
    ).run(batchId, batchId, batchId).changes;
    const removedTargets = s.prepare(`delete from assignments where batch_id = ? and not exists (select 1 from results r where r.assignment_id = assignments.id)`).run(batchId).changes;
    s.prepare('update import_batches set rolled_back_at = ?, rolled_back_by = ? where id = ?').run(now.toISOString(), by.username, batchId);
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
  const s = db.$client;
  const results = s.prepare(
    `select a.province_iso as iso, i.code as indicatorCode, a.component, a.year, rd.months as round,
            h.kind as bKind, h.value as bValue, r.kind as aKind, r.value as aValue, r.batch_id as aBatch
     from results r join assignments a on a.id = r.assignment_id join indicators i on i.id = a.indicator_id join rounds rd on rd.id = r.round_id
     left join result_history h on h.result_id = r.id and h.replaced_by_batch_id = @b
     where r.batch_id = @b or h.id is not null
     order by i.seq, a.province_iso limit @limit`,
  ).all({ b: batchId, limit }) as { iso: string; indicatorCode: string; component: string; year: number; round: number; bKind: string | null; bValue: number | null; aKind: string; aValue: number | null }[];
  const targets = s.prepare(
    `select a.province_iso as iso, i.code as indicatorCode, a.component, a.year,
            h.target_min as bMin, h.target_std as bStd, h.target_adv as bAdv, a.target_min as aMin, a.target_std as aStd, a.target_adv as aAdv
     from assignment_history h join assignments a on a.id = h.assignment_id join indicators i on i.id = a.indicator_id
     where h.replaced_by_batch_id = @b order by i.seq, a.province_iso limit @limit`,
  ).all({ b: batchId, limit }) as { iso: string; indicatorCode: string; component: string; year: number; bMin: number; bStd: number; bAdv: number; aMin: number; aStd: number; aAdv: number }[];
  return [
    ...targets.map((t): BatchChange => ({ kind: 'target', iso: t.iso, indicatorCode: t.indicatorCode, component: t.component || null, year: t.year, round: null, before: { min: t.bMin, std: t.bStd, adv: t.bAdv }, after: { min: t.aMin, std: t.aStd, adv: t.aAdv } })),
    ...results.map((r): BatchChange => ({
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
