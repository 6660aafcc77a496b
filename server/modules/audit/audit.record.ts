/**
 * The audit trail: one append-only row per change (the database refuses updates and deletes).
 * Import batches are audited per batch; the value-by-value before/after of a batch is in the
 * result_history and assignment_history tables, which name the batch (see `batchChanges`).
 */
import type { Db } from '../../platform/db/client';
import { appendChained } from '../../platform/db/chain';
import { auditLog } from '../../platform/db/schema';

/** What a change records (the trail as read back is `AuditEntry` in shared/contracts/audit.ts). */
export interface AuditRecord {
  actorId: number | null;
  actorUsername: string;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  provinceIso?: string | null;
  batchId?: number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/** Appends one row to the hash-chained trail (server/platform/db/chain.ts). */
export function recordAudit(db: Db, e: AuditRecord, now = new Date()): void {
  const values = {
    at: now.toISOString(), actorId: e.actorId, actorUsername: e.actorUsername, action: e.action, entityType: e.entityType,
    entityId: e.entityId == null ? null : String(e.entityId), provinceIso: e.provinceIso ?? null, batchId: e.batchId ?? null,
    before: json(e.before), after: json(e.after), ip: e.ip ?? null,
  };
  appendChained(db, auditLog, values, (row) => db.insert(auditLog).values(row).run());
}
