/**
 * The audit trail: one append-only row per change (the database refuses updates and deletes).
 * Import batches are audited per batch; the value-by-value before/after of a batch is in the
 * result_history and assignment_history tables, which name the batch (see `batchChanges`).
 */
import type { Db } from '../../platform/db/client';

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

export function recordAudit(db: Db, e: AuditEntry, now = new Date()): void {
  db.$client
    .prepare(
      `insert into audit_log (at, actor_id, actor_username, action, entity_type, entity_id, province_iso, batch_id, before_json, after_json, ip)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(now.toISOString(), e.actorId, e.actorUsername, e.action, e.entityType, e.entityId == null ? null : String(e.entityId), e.provinceIso ?? null, e.batchId ?? null, json(e.before), json(e.after), e.ip ?? null);
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
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: f.limit, offset: f.offset };
  if (f.action) (where.push('action like @action'), (params.action = `${f.action}%`));
  if (f.actor) (where.push('actor_username = @actor'), (params.actor = f.actor));
  if (f.entityType) (where.push('entity_type = @entityType'), (params.entityType = f.entityType));
  if (f.provinceIso) (where.push('province_iso = @provinceIso'), (params.provinceIso = f.provinceIso));
  if (f.from) (where.push('at >= @from'), (params.from = f.from));
  if (f.to) (where.push('at < @to'), (params.to = f.to));
  const clause = where.length ? `where ${where.join(' and ')}` : '';
  const total = (db.$client.prepare(`select count(*) as n from audit_log ${clause}`).get(params) as { n: number }).n;
  const rows = db.$client
    .prepare(
      `select id, at, actor_username as actorUsername, action, entity_type as entityType, entity_id as entityId,
              province_iso as provinceIso, batch_id as batchId, before_json as "before", after_json as "after", ip
       from audit_log ${clause} order by id desc limit @limit offset @offset`,
    )
    .all(params) as (Omit<AuditRow, 'before' | 'after'> & { before: string | null; after: string | null })[];
  return { total, rows: rows.map((r) => ({ ...r, before: r.before && JSON.parse(r.before), after: r.after && JSON.parse(r.after) })) };
}
