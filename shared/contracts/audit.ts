/**
 * The audit trail as the API answers it (issue 13): an `audit_log` row with province and indicator
 * names beside the codes and its JSON before/after parsed, one entry per bulk action, an import
 * batch's changes in words, and the hash chains' verification. The row's columns mirror `audit_log`
 * (server/platform/db/contracts.test.ts).
 */
import { z } from 'zod';
import { Level, Targets } from './classification';
import { ItemNames } from './reference';

/** A province or indicator named beside its code. */
export const Named = z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string() });
export type Named = z.infer<typeof Named>;

export const AuditRow = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUsername: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  provinceIso: z.string().nullable(),
  province: Named.nullable(),
  indicator: Named.nullable(),
  batchId: z.number().int().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});
export type AuditRow = z.infer<typeof AuditRow>;

export const AuditEntry = AuditRow.extend({
  items: z.array(AuditRow).describe("A bulk action's rows, one per province (the entry's own row first); empty for a single action"),
}).meta({ id: 'AuditRow' });
export type AuditEntry = z.infer<typeof AuditEntry>;

/** GET /api/audit: one page, newest first; `total` counts entries (a bulk action is one). */
export const AuditPage = z.object({ total: z.number().int(), rows: z.array(AuditEntry) });
export type AuditPage = z.infer<typeof AuditPage>;

/** A result's outcome: the level when it has a value, else the status. */
export const Outcome = z.enum([...Level.options, 'notReported', 'pending']);
export type Outcome = z.infer<typeof Outcome>;

/** One side of a result's change: a number, or a result without one ("ไม่รายงานผล"), or nothing yet. */
export const ChangeSide = z.object({ value: z.number().nullable(), outcome: Outcome.nullable() });
export type ChangeSide = z.infer<typeof ChangeSide>;

/** One value an import batch wrote, in words: results with their outcome, targets as stored (min/std/adv). */
export const ReadableChange = ItemNames.extend({
  kind: z.enum(['result', 'target']),
  component: z.string().nullable(),
  year: z.number().int(),
  round: z.number().int().nullable(),
  before: z.union([ChangeSide, Targets]).nullable(),
  after: z.union([ChangeSide, Targets]),
});
export type ReadableChange = z.infer<typeof ReadableChange>;

/** GET /api/audit/batches/{id}. */
export const AuditBatchChanges = z.object({ batchId: z.number().int(), changes: z.array(ReadableChange) });
export type AuditBatchChanges = z.infer<typeof AuditBatchChanges>;

/** One hash chain walked from its first row (server/platform/db/chain.ts). */
export const ChainReport = z
  .object({
    table: z.enum(['audit_log', 'notice_versions']),
    rows: z.number().int(),
    head: z.string().nullable().describe("The newest row's hash: note it elsewhere to detect a cut-off tail later"),
    /** The first row that does not verify, and why (English; `reasonTh` in Thai). */
    broken: z.object({ id: z.number().int(), reason: z.string(), reasonTh: z.string() }).nullable(),
  })
  .meta({ id: 'ChainReport' });
export type ChainReport = z.infer<typeof ChainReport>;

/** GET /api/audit/verify: both chains; `ok` when neither is broken. */
export const ChainVerification = z.object({ ok: z.boolean(), tables: z.array(ChainReport) });
export type ChainVerification = z.infer<typeof ChainVerification>;
