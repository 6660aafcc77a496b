/**
 * Reading the audit trail (issue 13): filters by event, user, province, indicator and dates; one entry
 * per bulk action (a notice action on 76 provinces is one click, so one entry that lists its items);
 * province and indicator names beside the codes. The rows themselves stay as written (append-only).
 */
import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { assignments, auditLog, indicators, provinces } from '../../platform/db/schema';
import { auditActions, bulkActions } from '../../../shared/audit';
import type { AuditPage, AuditRow, Named } from '../../../shared/contracts/audit';

export interface AuditFilter {
  action?: string;
  actor?: string;
  entityType?: string;
  province?: string;
  indicator?: string;
  from?: string;
  to?: string;
}

const quoted = (xs: readonly string[]) => sql.join(xs.map((x) => sql`${x}`), sql`, `);

/** Rows of one bulk action share action, user and time (the handler stamps them with one clock reading). */
const groupKey = sql<string>`case when ${auditLog.action} in (${quoted(bulkActions)}) then ${auditLog.action} || '|' || ${auditLog.actorUsername} || '|' || ${auditLog.at} else 'id:' || ${auditLog.id} end`;

/**
 * An import batch or rollback "touches" a province or indicator when any value it wrote or replaced
 * belongs to it: the batch's own rows and the history rows it replaced.
 */
function batchTouches(where: SQL): SQL {
  return sql`(${auditLog.batchId} is not null and (
    exists (select 1 from results r join assignments a on a.id = r.assignment_id join indicators i on i.id = a.indicator_id where r.batch_id = ${auditLog.batchId} and ${where})
    or exists (select 1 from result_history h join results r on r.id = h.result_id join assignments a on a.id = r.assignment_id join indicators i on i.id = a.indicator_id
               where (h.batch_id = ${auditLog.batchId} or h.replaced_by_batch_id = ${auditLog.batchId}) and ${where})
    or exists (select 1 from assignments a join indicators i on i.id = a.indicator_id where a.batch_id = ${auditLog.batchId} and ${where})))`;
}

function whereOf(f: AuditFilter): SQL | undefined {
  const indicator = f.indicator?.toUpperCase();
  return and(
    // A known event name exactly ("auth.login" must not bring "auth.login_failed"), else a family by prefix ("notice.", "import").
    f.action ? ((auditActions as string[]).includes(f.action) ? eq(auditLog.action, f.action) : sql`${auditLog.action} like ${`${f.action}%`}`) : undefined,
    f.actor ? eq(auditLog.actorUsername, f.actor) : undefined,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    f.province ? or(eq(auditLog.provinceIso, f.province), batchTouches(sql`a.province_iso = ${f.province}`)) : undefined,
    indicator
      ? or(
          and(eq(auditLog.entityType, 'recommendation'), sql`${auditLog.entityId} like ${`%/${indicator}`}`),
          and(eq(auditLog.entityType, 'observation'), sql`exists (select 1 from assignments a join indicators i on i.id = a.indicator_id where i.code = ${indicator} and ${auditLog.entityId} like '%/' || a.id)`),
          batchTouches(sql`i.code = ${indicator}`),
        )
      : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lt(auditLog.at, f.to) : undefined,
  );
}

const columns = {
  id: auditLog.id, at: auditLog.at, actorUsername: auditLog.actorUsername, action: auditLog.action, entityType: auditLog.entityType,
  entityId: auditLog.entityId, provinceIso: auditLog.provinceIso, batchId: auditLog.batchId, before: auditLog.before, after: auditLog.after, ip: auditLog.ip,
  provinceTh: provinces.nameTh, provinceEn: provinces.nameEn,
};
const select = (db: Db) => db.select(columns).from(auditLog).leftJoin(provinces, eq(provinces.iso, auditLog.provinceIso));
/** A stored row with its province's names (null when it names none). */
type StoredRow = ReturnType<ReturnType<typeof select>['all']>[number];

/** The indicator an entry is about, from its entity id: `y/r/CODE` (recommendation) or `y/r/ISO/assignmentId` (observation). */
function indicatorsOf(db: Db, rows: StoredRow[]): Map<string, Named> {
  const out = new Map<string, Named>();
  const assignmentIds = rows.filter((r) => r.entityType === 'observation' && r.entityId).map((r) => Number(r.entityId!.split('/')[3]));
  if (assignmentIds.length) {
    const found = db
      .select({ id: assignments.id, code: indicators.code, nameTh: indicators.nameTh, nameEn: indicators.nameEn })
      .from(assignments)
      .innerJoin(indicators, eq(indicators.id, assignments.indicatorId))
      // One parameter however many ids a page holds (inArray would bind one each, up to SQLite's limit).
      .where(sql`${assignments.id} in (select value from json_each(${JSON.stringify(assignmentIds)}))`)
      .all();
    for (const f of found) out.set(`observation:${f.id}`, { code: f.code, nameTh: f.nameTh, nameEn: f.nameEn });
  }
  for (const r of rows.filter((x) => x.entityType === 'recommendation' && x.entityId)) {
    const [year, , code] = r.entityId!.split('/');
    const ind = db.select({ code: indicators.code, nameTh: indicators.nameTh, nameEn: indicators.nameEn }).from(indicators).where(and(eq(indicators.year, Number(year)), eq(indicators.code, code ?? ''))).get();
    if (ind) out.set(`recommendation:${r.entityId}`, ind);
  }
  return out;
}

function readable(db: Db, rows: StoredRow[]): AuditRow[] {
  const named = indicatorsOf(db, rows);
  const parse = (v: string | null) => (v == null ? null : (JSON.parse(v) as unknown));
  return rows.map((r) => ({
    id: r.id, at: r.at, actorUsername: r.actorUsername, action: r.action, entityType: r.entityType, entityId: r.entityId, provinceIso: r.provinceIso,
    province: r.provinceIso && r.provinceTh ? { code: r.provinceIso, nameTh: r.provinceTh, nameEn: r.provinceEn ?? r.provinceTh } : null,
    indicator: named.get(r.entityType === 'observation' ? `observation:${r.entityId?.split('/')[3]}` : `recommendation:${r.entityId}`) ?? null,
    batchId: r.batchId, before: parse(r.before), after: parse(r.after), ip: r.ip,
  }));
}

/** One page of entries, newest first; `total` counts entries (a bulk action is one). */
export function listEntries(db: Db, f: AuditFilter, page: { limit: number; offset: number }): AuditPage {
  const where = whereOf(f);
  const total = db.select({ n: sql<number>`count(distinct ${groupKey})` }).from(auditLog).where(where).get()?.n ?? 0;
  const keys = db.select({ key: groupKey, last: sql<number>`max(${auditLog.id})` }).from(auditLog).where(where).groupBy(groupKey).orderBy(desc(sql`max(${auditLog.id})`)).limit(page.limit).offset(page.offset).all();
  if (!keys.length) return { total, rows: [] };
  const rows = readable(db, select(db).where(and(where, inArray(groupKey, keys.map((k) => k.key)))).orderBy(desc(auditLog.id)).all());
  const byKey = new Map<string, AuditRow[]>();
  for (const r of rows) {
    const key = bulkActions.includes(r.action) ? `${r.action}|${r.actorUsername}|${r.at}` : `id:${r.id}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  return {
    total,
    rows: keys.map(({ key }) => {
      const group = byKey.get(key) ?? [];
      return { ...group[0]!, items: group.length > 1 ? group : [] };
    }),
  };
}

/** Every row the filter matches, oldest first, for the auditors' export (capped: `limit`). */
export function exportRows(db: Db, f: AuditFilter, limit = 100_000): AuditRow[] {
  return readable(db, select(db).where(whereOf(f)).orderBy(auditLog.id).limit(limit).all());
}
