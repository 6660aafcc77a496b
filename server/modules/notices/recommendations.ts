/**
 * National recommendations (ข้อสังเกต/ข้อเสนอแนะ), one per round × indicator. The draft is OPDC's own
 * text where a sourced file has it (data/recommendations/*.json, e.g. the seed's FY2566 6-month
 * column), else drafted from the round's counts; staff edits are stored apart and never overwritten.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataDir } from '../../platform/config';
import { eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { indicators as indicatorsTable, recommendations } from '../../platform/db/schema';
import type { RoundItem } from '../rounds/items';
import type { Indicator } from '../../../shared/contracts';
import { draftNational, nationalFacts } from './drafting';
import { staffEdit } from './staff-edit';

const RecommendationsFile = z.object({
  year: z.number().int(),
  round: z.union([z.literal(6), z.literal(12)]),
  source: z.string().min(1),
  notes: z.string().optional(),
  corrections: z.array(z.object({ code: z.string(), from: z.string(), to: z.string(), why: z.string() })).optional(),
  recommendations: z.array(
    z.object({ code: z.string(), seedRow: z.number().int().optional(), seedIndicatorName: z.string().optional(), paragraphs: z.array(z.string().min(1)).min(1) }),
  ),
});

export interface SourcedRecommendation {
  text: string;
  /** e.g. `data/recommendations/fy2566-r6.json` */
  file: string;
}

let sourced: Map<string, SourcedRecommendation> | undefined;
const key = (year: number, round: number, code: string) => `${year}|${round}|${code}`;

/** Every sourced recommendation in data/recommendations, read and checked once. Paragraphs are joined by a blank line. */
export function sourcedRecommendations(dir = join(dataDir, 'recommendations')): Map<string, SourcedRecommendation> {
  if (sourced) return sourced;
  const out = new Map<string, SourcedRecommendation>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const parsed = RecommendationsFile.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    if (!parsed.success) throw new Error(`data/recommendations/${f}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    for (const r of parsed.data.recommendations) {
      out.set(key(parsed.data.year, parsed.data.round, r.code), { text: r.paragraphs.join('\n\n'), file: `data/recommendations/${f}` });
    }
  }
  return (sourced = out);
}

/** A stored recommendation (or one drafted on the fly, id 0) with its indicator's code, as the schema types it. */
export type RecommendationRow = Omit<typeof recommendations.$inferSelect, 'roundId'> & { indicatorCode: string };

/** The text in force: the edit when there is one (an empty edit means "no recommendation"), else the draft. */
export const recommendationText = (r: Pick<RecommendationRow, 'draftText' | 'editedText'>) => r.editedText ?? r.draftText;

/**
 * Brings the round's recommendation drafts up to date with the data (inserting missing ones, re-drafting
 * changed ones) and returns every row by indicator code. Edits are left as they are.
 */
export function syncRecommendations(db: Db, roundId: number, year: number, round: number, indicators: Indicator[], items: RoundItem[], now: string, store: boolean): Map<string, RecommendationRow> {
  const { roundId: _r, ...columns } = getTableColumns(recommendations);
  const existing = new Map(
    db
      .select({ ...columns, indicatorCode: indicatorsTable.code })
      .from(recommendations)
      .innerJoin(indicatorsTable, eq(indicatorsTable.id, recommendations.indicatorId))
      .where(eq(recommendations.roundId, roundId))
      .all()
      .map((r) => [r.indicatorCode, r]),
  );
  const byCode = new Map<string, RoundItem[]>();
  for (const it of items) {
    const list = byCode.get(it.indicatorCode);
    if (list) list.push(it);
    else byCode.set(it.indicatorCode, [it]);
  }
  const insert = (row: typeof recommendations.$inferInsert) => db.insert(recommendations).values(row).returning({ id: recommendations.id }).get().id;
  const update = (id: number, set: Partial<typeof recommendations.$inferInsert>) => db.update(recommendations).set(set).where(eq(recommendations.id, id)).run();
  const files = sourcedRecommendations();
  const out = new Map<string, RecommendationRow>();
  for (const ind of indicators) {
    const list = byCode.get(ind.code);
    if (!list?.length) continue; // nobody is assigned the indicator this year: nothing to recommend
    const facts = nationalFacts(year, round, ind, list);
    const file = files.get(key(year, round, ind.code));
    const d = file ? { text: file.text, source: file.file } : (() => {
      const x = draftNational(facts);
      return { text: x.text, source: `template:${x.situationId}` };
    })();
    const factsJson = JSON.stringify(facts);
    const row = existing.get(ind.code);
    if (!row) {
      const id = store ? insert({ roundId, indicatorId: ind.id, draftSource: d.source, factsJson, draftText: d.text, draftedAt: now }) : 0;
      out.set(ind.code, { id, indicatorId: ind.id, indicatorCode: ind.code, draftSource: d.source, factsJson, draftText: d.text, draftedAt: now, editedText: null, editedBy: null, editedAt: null });
    } else if (row.draftText !== d.text) {
      if (store) update(row.id, { draftSource: d.source, factsJson, draftText: d.text, draftedAt: now });
      out.set(ind.code, { ...row, draftSource: d.source, factsJson, draftText: d.text, draftedAt: now });
    } else {
      if (store && (row.factsJson !== factsJson || row.draftSource !== d.source)) update(row.id, { draftSource: d.source, factsJson });
      out.set(ind.code, { ...row, draftSource: d.source, factsJson });
    }
  }
  return out;
}

/** Stores staff's text apart from the draft; `null` removes the edit so the draft stands again. */
export function editRecommendation(db: Db, id: number, text: string | null, actor: string, now: string): void {
  db.update(recommendations)
    .set(staffEdit(text, actor, now))
    .where(eq(recommendations.id, id))
    .run();
}
