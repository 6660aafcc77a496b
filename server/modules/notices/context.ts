/**
 * Everything the notices of one round are built from, loaded once: the round's items with their
 * classification, the indicators and provinces, earlier results, and the recommendations and
 * observations (their drafts brought up to date with the data, stored only when the caller writes).
 */
import type { Db } from '../../platform/db/client';
import { outlookForDrafting } from '../outlook/outlook.service';
import { loadRoundItems, type RoundItem } from '../rounds/items';
import type { Indicator, Province } from '../../../shared/contracts';
import { findRound, listIndicators, listProvinces } from '../rounds/rounds.queries';
import { numericResults, peerStats, syncObservations, type ObservationRow } from './observations';
import { recommendationText, syncRecommendations, type RecommendationRow } from './recommendations';

export interface RoundContext {
  roundId: number;
  year: number;
  round: number;
  indicators: Map<string, Indicator>;
  /** Provinces with at least one item this round, by ISO code. */
  provinces: Map<string, Province>;
  /** Every item of the round, catalog order then province then component. */
  items: RoundItem[];
  itemsByProvince: Map<string, RoundItem[]>;
  recommendations: Map<string, RecommendationRow>;
  observations: Map<number, ObservationRow>;
}

export interface LoadOptions {
  /**
   * Whose observation drafts to bring up to date (and return): every province (default), one
   * province's ISO code (one notice), or none (national views).
   */
  drafts?: 'all' | 'none' | string;
  /**
   * Store the drafts brought up to date (in this transaction). Only writes pass it — an observation
   * or recommendation edit, a workflow step — so that a read never writes: it computes the same
   * drafts on the fly.
   */
  store?: boolean;
  now?: string;
}

/** Undefined when the fiscal year has no such round. */
export function loadRoundContext(db: Db, year: number, round: number, opts: LoadOptions = {}): RoundContext | undefined {
  const r = findRound(db, year, round);
  if (!r) return undefined;
  const now = opts.now ?? new Date().toISOString();
  const indicatorList = listIndicators(db, year);
  const indicators = new Map(indicatorList.map((i) => [i.code, i]));
  const allProvinces = new Map(listProvinces(db).map((p) => [p.iso, p]));
  return db.transaction(() => {
    const items = loadRoundItems(db, r.id, year);
    const itemsByProvince = new Map<string, RoundItem[]>();
    for (const it of items) {
      const list = itemsByProvince.get(it.iso);
      if (list) list.push(it);
      else itemsByProvince.set(it.iso, [it]);
    }
    const provinces = new Map([...itemsByProvince.keys()].sort().map((iso) => [iso, allProvinces.get(iso)!]));
    const store = opts.store ?? false;
    const recommendations = syncRecommendations(db, r.id, year, round, indicatorList, items, now, store);
    const earlier = round === 12 ? findRound(db, year, 6) : undefined;
    const lastYear = findRound(db, year - 1, round);
    const drafting = {
      year,
      round,
      indicators,
      peers: peerStats(items),
      previousRound: earlier ? { round: 6, values: numericResults(db, earlier.id) } : null,
      previousYear: lastYear ? { year: year - 1, values: numericResults(db, lastYear.id) } : null,
      withRecommendation: new Set([...recommendations].filter(([, rec]) => recommendationText(rec).trim() !== '').map(([code]) => code)),
      // Only what drafting states: no outlook is computed for a national view that drafts nothing.
      outlook: (opts.drafts ?? 'all') === 'none' ? null : outlookForDrafting(db, year, round),
    };
    const drafts = opts.drafts ?? 'all';
    const toDraft = drafts === 'all' ? items : drafts === 'none' ? [] : (itemsByProvince.get(drafts) ?? []);
    const observations = syncObservations(db, r.id, drafting, toDraft, now, store);
    return { roundId: r.id, year, round, indicators, provinces, items, itemsByProvince, recommendations, observations };
  });
}
