/**
 * The audit trail: one append-only row per change (the database refuses updates and deletes).
 * Import batches are audited per batch; the value-by-value before/after of a batch is in the
 * result_history and assignment_history tables, which name the batch (see `batchChanges`).
 */
import { and, count, desc, eq, getTableColumns, gte, like, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { appendChained } from '../../platform/db/chain';
import { auditLog } from '../../platform/db/schema';

export interface AuditEntry {
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
export function recordAudit(db: Db, e: AuditEntry, now = new Date()): void {
  const values = {
    at: now.toISOString(), actorId: e.actorId, actorUsername: e.actorUsername, action: e.action, entityType: e.entityType,
    entityId: e.entityId == null ? null : String(e.entityId), provinceIso: e.provinceIso ?? null, batchId: e.batchId ?? null,
    before: json(e.before), after: json(e.after), ip: e.ip ?? null,
  };
  appendChained(db.$client, auditLog, values, (row) => db.insert(auditLog).values(row).run());
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  entityType?: string;
  provinceIso?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface AuditRow {
  id: number;
  at: string;
  actorUsername: string;
  action: string;
  entityType: string;
  entityId: string | null;
  provinceIso: string | null;
  batchId: number | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export function listAudit(db: Db, f: AuditFilter): { total: number; rows: AuditRow[] } {
  const where = and(
    f.action ? like(auditLog.action, `${f.action}%`) : undefined,
    f.actor ? eq(auditLog.actorUsername, f.actor) : undefined,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    f.provinceIso ? eq(auditLog.provinceIso, f.provinceIso) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lt(auditLog.at, f.to) : undefined,
  );
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const { actorId: _actorId, prevHash: _prev, rowHash: _hash, ...shown } = getTableColumns(auditLog);
  const rows = db.select(shown).from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(f.limit).offset(f.offset).all();
  return { total, rows: rows.map((r) => ({ ...r, before: r.before && JSON.parse(r.before), after: r.after && JSON.parse(r.after) })) };
}
