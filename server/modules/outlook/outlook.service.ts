/**
 * The outlook of a stored round, computed once per data version (server/platform/http/cache.ts) and
 * shared by the outlook routes and the notices' drafting: each stored round as loaded, and each
 * round's national outlook.
 */
import { defaultOutlookConfig as config, type MethodId, type Risk } from '../../../shared/outlook';
import type { Db } from '../../platform/db/client';
import { VersionedCache } from '../../platform/http/cache';
import { ApiError, notFound } from '../../platform/http/errors';
import { loadRound, storedRoundRefs, type LoadedRound } from './outlook.queries';
import { nationalOutlook, type NationalOutlook } from './round-outlook';

export { config as outlookConfig };

const loaded = new VersionedCache<LoadedRound>();
const national = new VersionedCache<NationalOutlook>();

/** Stored rounds as loaded, oldest first; with `upTo`, only those at or before it. */
export function roundsUpTo(db: Db, upTo?: { year: number; round: number }): LoadedRound[] {
  return storedRoundRefs(db, upTo).map((ref) => loaded.get(db, String(ref.id), () => loadRound(db, ref)));
}

export function requireStored(rounds: readonly LoadedRound[], year: number, round: number): LoadedRound {
  const r = rounds.find((x) => x.year === year && x.round === round);
  if (!r) throw notFound(`Round ${round} of fiscal year ${year}`, `รอบ ${round} เดือน ปีงบประมาณ ${year}`);
  return r;
}

/** The round's national outlook; 404 for a round not stored, 422 for the final round (nothing to project). */
export function outlookOf(db: Db, year: number, round: number): NationalOutlook {
  return national.get(db, `${year}|${round}`, () => {
    const rounds = roundsUpTo(db, { year, round });
    requireStored(rounds, year, round);
    if (round >= config.finalRound) {
      throw new ApiError(422, 'FINAL_ROUND', `Round ${round} is the final round of the year: its results are the year-end, there is nothing to project.`,
        `รอบ ${round} เดือนเป็นรอบสิ้นปีงบประมาณ ผลของรอบนี้คือผลสิ้นปีแล้ว จึงไม่มีการคาดการณ์`);
    }
    return nationalOutlook(rounds, year, round, config);
  });
}

export interface ItemOutlook {
  risk: Risk;
  method: MethodId;
  projected: number;
}

/**
 * What an observation may say of an item's outlook (issue 11 §6), by `iso|code|component`; only items
 * with a projection. Null at the final round or for a round not stored: there is no outlook to state.
 */
export function outlookForDrafting(db: Db, year: number, round: number): Map<string, ItemOutlook> | null {
  if (round >= config.finalRound || !storedRoundRefs(db, { year, round }).some((r) => r.year === year && r.round === round)) return null;
  const out = new Map<string, ItemOutlook>();
  for (const i of outlookOf(db, year, round).items) {
    if (i.method !== null && i.projected !== null) out.set(`${i.iso}|${i.code}|${i.component ?? ''}`, { risk: i.risk, method: i.method, projected: i.projected });
  }
  return out;
}
