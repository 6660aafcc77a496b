/**
 * Province observations: one per round × assignment. The draft is rebuilt from the facts whenever the
 * data changes (so a draft never states a stale number); staff's edit is kept apart and never
 * overwritten, and flagged when the draft changed after it was written.
 */
import { and, eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { assignments, indicators, observations, results } from '../../platform/db/schema';
import type { RoundItem } from '../rounds/items';
import { draftObservation, observationFacts, type ItemOutlookFacts, type ObservationFacts, type Peers } from './drafting';
import type { Indicator } from '../../../shared/contracts';
import { staffEdit } from './staff-edit';

/** A stored observation (or one drafted on the fly, id 0), as the schema types it. */
export type ObservationRow = Omit<typeof observations.$inferSelect, 'roundId'>;

/** What drafting needs about the whole round, besides the item itself. */
export interface DraftingContext {
  year: number;
  round: number;
  indicators: Map<string, Indicator>;
  /** Per indicator code: provinces and items per status, and in total. */
  peers: Map<string, PeerStats>;
  previousRound: { round: number; values: Map<string, number> } | null;
  previousYear: { year: number; values: Map<string, number> } | null;
  /** Indicator codes whose national recommendation (edit or draft) is not empty. */
  withRecommendation: Set<string>;
  /** Each item's year-end outlook by item key; null at the final round (nothing to project). */
  outlook?: Map<string, ItemOutlookFacts> | null;
}

export interface PeerStats {
  provinces: Set<string>;
  items: number;
  byStatus: Map<string, { provinces: Set<string>; items: number }>;
}

/** Key of an item across rounds and years: the indicator code, not its id, carries over between catalogs. */
export const itemKey = (iso: string, code: string, component: string | null) => `${iso}|${code}|${component ?? ''}`;

export function peerStats(items: RoundItem[]): Map<string, PeerStats> {
  const out = new Map<string, PeerStats>();
  for (const it of items) {
    let p = out.get(it.indicatorCode);
    if (!p) out.set(it.indicatorCode, (p = { provinces: new Set(), items: 0, byStatus: new Map() }));
    p.provinces.add(it.iso);
    p.items++;
    let s = p.byStatus.get(it.classification.status);
    if (!s) p.byStatus.set(it.classification.status, (s = { provinces: new Set(), items: 0 }));
    s.provinces.add(it.iso);
    s.items++;
  }
  return out;
}

export function factsForItem(ctx: DraftingContext, it: RoundItem): ObservationFacts {
  const ind = ctx.indicators.get(it.indicatorCode)!;
  const p = ctx.peers.get(it.indicatorCode)!;
  const same = p.byStatus.get(it.classification.status)!;
  const peers: Peers = { sameStatus: same.provinces.size, total: p.provinces.size, sameStatusItems: same.items, totalItems: p.items };
  const key = itemKey(it.iso, it.indicatorCode, it.component);
  const prevRound = ctx.previousRound?.values.get(key);
  const prevYear = ctx.previousYear?.values.get(key);
  return observationFacts({
    year: ctx.year,
    round: ctx.round,
    indicator: { code: ind.code, unitTh: ind.unitTh, direction: ind.direction, kind: ind.kind, accumulates: ind.accumulates, decimals: ind.decimals },
    componentLabelTh: ind.componentLabelTh,
    component: it.component,
    status: it.classification.status,
    level: it.classification.level,
    result: it.result.kind === 'value' ? it.result.value : null,
    targets: it.targets,
    previousRound: prevRound === undefined ? null : { round: ctx.previousRound!.round, value: prevRound },
    previousYear: prevYear === undefined ? null : { year: ctx.previousYear!.year, round: ctx.round, value: prevYear },
    peers,
    note: it.note,
    recommendation: ctx.withRecommendation.has(it.indicatorCode),
    outlook: ctx.outlook?.get(key) ?? null,
  });
}

/**
 * Drafts every given item's observation from its facts; returns the rows by assignment id. With
 * `store` (only on a write: an edit or a workflow step) what changed is saved; otherwise the drafts
 * are computed on the fly and nothing is written, so a read never writes. A row not stored yet has
 * id 0. `drafted_at` moves only when the draft's text changes.
 */
export function syncObservations(db: Db, roundId: number, ctx: DraftingContext, items: RoundItem[], now: string, store: boolean): Map<number, ObservationRow> {
  const { roundId: _r, ...columns } = getTableColumns(observations);
  const existing = new Map(db.select(columns).from(observations).where(eq(observations.roundId, roundId)).all().map((r) => [r.assignmentId, r]));
  const insert = (row: typeof observations.$inferInsert) => db.insert(observations).values(row).returning({ id: observations.id }).get().id;
  const update = (id: number, set: Partial<typeof observations.$inferInsert>) => db.update(observations).set(set).where(eq(observations.id, id)).run();
  const out = new Map<number, ObservationRow>();
  for (const it of items) {
    const facts = factsForItem(ctx, it);
    const d = draftObservation(facts);
    const factsJson = JSON.stringify(facts);
    const sentences = JSON.stringify(d.sentenceIds);
    const row = existing.get(it.assignmentId);
    if (!row) {
      const id = store ? insert({ roundId, assignmentId: it.assignmentId, templateId: d.situationId, templateSentences: sentences, factsJson, draftText: d.text, draftedAt: now }) : 0;
      out.set(it.assignmentId, { id, assignmentId: it.assignmentId, templateId: d.situationId, templateSentences: sentences, factsJson, draftText: d.text, draftedAt: now, editedText: null, editedBy: null, editedAt: null });
    } else if (row.draftText !== d.text) {
      if (store) update(row.id, { templateId: d.situationId, templateSentences: sentences, factsJson, draftText: d.text, draftedAt: now });
      out.set(it.assignmentId, { ...row, templateId: d.situationId, templateSentences: sentences, factsJson, draftText: d.text, draftedAt: now });
    } else {
      if (store && (row.factsJson !== factsJson || row.templateSentences !== sentences || row.templateId !== d.situationId)) {
        update(row.id, { templateId: d.situationId, templateSentences: sentences, factsJson });
      }
      out.set(it.assignmentId, { ...row, templateId: d.situationId, templateSentences: sentences, factsJson });
    }
  }
  return out;
}

/** Stores staff's text apart from the draft; `null` removes the edit so the draft stands again. */
export function editObservation(db: Db, id: number, text: string | null, actor: string, now: string): void {
  db.update(observations)
    .set(staffEdit(text, actor, now))
    .where(eq(observations.id, id))
    .run();
}

/** Numeric results of a round by item key (for "the previous round or year"). */
export function numericResults(db: Db, roundId: number): Map<string, number> {
  const rows = db
    .select({ iso: assignments.provinceIso, code: indicators.code, component: assignments.component, value: results.value })
    .from(results)
    .innerJoin(assignments, eq(assignments.id, results.assignmentId))
    .innerJoin(indicators, eq(indicators.id, assignments.indicatorId))
    .where(and(eq(results.roundId, roundId), eq(results.kind, 'value')))
    .all();
  // kind = 'value' guarantees a value (the table's check constraint).
  return new Map(rows.map((r) => [itemKey(r.iso, r.code, r.component === '' ? null : r.component), r.value!]));
}
