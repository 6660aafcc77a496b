/**
 * What the outlook engine reads from the store: the stored rounds up to a point, each as the engine's
 * plain input (shared/outlook StoredRound) beside the round view's classified items. Through Drizzle
 * and the rounds module's item query, so the outlook sees exactly the items every other view sees.
 */
import { and, asc, eq, lt, lte, or } from 'drizzle-orm';
import type { OutlookItem, StoredRound } from '../../../shared/outlook';
import type { Db } from '../../platform/db/client';
import { rounds } from '../../platform/db/schema';
import { loadRoundItems, type RoundItem } from '../rounds/items';
import type { Indicator } from '../../../shared/contracts';
import { listIndicators } from '../rounds/rounds.queries';

export interface LoadedRound {
  year: number;
  round: number;
  /** The round view's items (names, classification), in catalog order. */
  items: RoundItem[];
  /** The same items, in the same order, as the engine's input. */
  stored: StoredRound;
  indicators: Map<string, Indicator>;
}

/** Stored rounds, oldest first; with `upTo`, only those at or before it (the outlook must not see later ones). */
export function storedRoundRefs(db: Db, upTo?: { year: number; round: number }): { id: number; year: number; round: number }[] {
  const before = upTo ? or(lt(rounds.year, upTo.year), and(eq(rounds.year, upTo.year), lte(rounds.months, upTo.round))) : undefined;
  return db.select({ id: rounds.id, year: rounds.year, round: rounds.months }).from(rounds).where(before).orderBy(asc(rounds.year), asc(rounds.months)).all();
}

/** A catalog indicator's facts the engine needs beside the item (accumulates, the unit for its sentence). */
function toEngineItem(it: RoundItem, ind: Indicator): OutlookItem {
  return {
    iso: it.iso,
    indicatorCode: it.indicatorCode,
    component: it.component,
    group: it.group,
    direction: it.direction,
    kind: it.kind,
    accumulates: ind.accumulates,
    targets: it.targets,
    // no stored row is "not reported" (the notice's reading), as in every round view
    result: it.result.kind === 'missing' ? { kind: 'notReported' } : it.result,
    unit: it.kind === 'quantity' ? { th: ind.unitTh, en: ind.unitEn } : undefined,
    decimals: ind.decimals,
  };
}

export function loadRound(db: Db, ref: { id: number; year: number; round: number }): LoadedRound {
  const indicators = new Map(listIndicators(db, ref.year).map((i) => [i.code, i]));
  const items = loadRoundItems(db, ref.id, ref.year);
  const engineItems = items.map((it) => toEngineItem(it, indicators.get(it.indicatorCode)!));
  return { year: ref.year, round: ref.round, items, stored: { fiscalYear: ref.year, round: ref.round, items: engineItems }, indicators };
}
