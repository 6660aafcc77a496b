/**
 * The early-warning reads. Everything is derived from the stored results, so it is computed once per
 * data version (server/platform/http/cache.ts) at three levels: each stored round as loaded, each
 * round's national outlook, and each response body per caller scope (all provinces, or one).
 */
import type { RouteHandler } from '@hono/zod-openapi';
import type { Backtest, RoundChanges, RoundOutlook, Watchlist } from '../../../shared/contracts';
import { backtest as runBacktest, defaultOutlookConfig as config } from '../../../shared/outlook';
import { ownProvince } from '../../../shared/policy';
import type { Db } from '../../platform/db/client';
import { sendCachedJson, toCachedJson, VersionedCache, type CachedJson } from '../../platform/http/cache';
import type { AppEnv } from '../../platform/http/env';
import { ApiError, notFound } from '../../platform/http/errors';
import { findProvince, listProvinces } from '../rounds/rounds.queries';
import { loadRound, storedRoundRefs, type LoadedRound } from './outlook.queries';
import { comparedRound, roundChanges } from './round-changes';
import { nationalOutlook, rankWatchlist, scopedOutlook, type NationalOutlook } from './round-outlook';
import type * as routes from './outlook.routes';

const loaded = new VersionedCache<LoadedRound>();
const national = new VersionedCache<NationalOutlook>();
const outlookBodies = new VersionedCache<CachedJson<RoundOutlook>>();
const changesBodies = new VersionedCache<CachedJson<RoundChanges>>();
const watchlistBodies = new VersionedCache<CachedJson<Watchlist>>();
const backtestBodies = new VersionedCache<CachedJson<Backtest>>();

/** Stored rounds as loaded, oldest first; with `upTo`, only those at or before it. */
function roundsUpTo(db: Db, upTo?: { year: number; round: number }): LoadedRound[] {
  return storedRoundRefs(db, upTo).map((ref) => loaded.get(db, String(ref.id), () => loadRound(db, ref)));
}

function requireStored(rounds: readonly LoadedRound[], year: number, round: number): LoadedRound {
  const r = rounds.find((x) => x.year === year && x.round === round);
  if (!r) throw notFound(`Round ${round} of fiscal year ${year}`, `รอบ ${round} เดือน ปีงบประมาณ ${year}`);
  return r;
}

/** The round's national outlook; 404 for a round not stored, 422 for the final round (nothing to project). */
function outlookOf(db: Db, year: number, round: number): NationalOutlook {
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

function outlookBody(db: Db, year: number, round: number, iso: string | undefined): CachedJson<RoundOutlook> {
  return outlookBodies.get(db, `${year}|${round}|${iso ?? '*'}`, () => toCachedJson(scopedOutlook(outlookOf(db, year, round), iso)));
}

export const outlook: RouteHandler<typeof routes.outlook, AppEnv> = (c) => {
  const { year, round } = c.req.valid('param');
  // A province user's outlook holds its own items only (the projection itself uses every province's history).
  return sendCachedJson(c, outlookBody(c.var.db, year, round, ownProvince(c.var.user!)));
};

export const provinceOutlook: RouteHandler<typeof routes.provinceOutlook, AppEnv> = (c) => {
  const { year, round, iso } = c.req.valid('param');
  if (!findProvince(c.var.db, iso)) throw notFound(`Province ${iso}`, `จังหวัดรหัส ${iso}`);
  return sendCachedJson(c, outlookBody(c.var.db, year, round, iso));
};

export const changes: RouteHandler<typeof routes.changes, AppEnv> = (c) => {
  const { year, round } = c.req.valid('param');
  const { against } = c.req.valid('query');
  const db = c.var.db;
  const iso = ownProvince(c.var.user!);
  const body = changesBodies.get(db, `${year}|${round}|${against}|${iso ?? '*'}`, () => {
    const rounds = roundsUpTo(db, { year, round });
    const now = requireStored(rounds, year, round);
    const ref = comparedRound(year, round, against, config.finalRound);
    const earlier = rounds.find((r) => r.year === ref.year && r.round === ref.round) ?? null;
    return toCachedJson(roundChanges(now, earlier, against, iso));
  });
  return sendCachedJson(c, body);
};

export const watchlist: RouteHandler<typeof routes.watchlist, AppEnv> = (c) => {
  const { year, round } = c.req.valid('param');
  const db = c.var.db;
  const iso = ownProvince(c.var.user!);
  const body = watchlistBodies.get(db, `${year}|${round}|${iso ?? '*'}`, () => {
    const provinces = new Map(listProvinces(db).map((p) => [p.iso, p]));
    return toCachedJson(rankWatchlist(scopedOutlook(outlookOf(db, year, round), iso), provinces));
  });
  return sendCachedJson(c, body);
};

export const backtest: RouteHandler<typeof routes.backtest, AppEnv> = (c) => {
  const db = c.var.db;
  const body = backtestBodies.get(db, '*', () => {
    const predictedFrom = 6;
    const years = runBacktest(roundsUpTo(db).map((r) => r.stored), config, predictedFrom);
    return toCachedJson({ round: predictedFrom, years, source: config.source });
  });
  return sendCachedJson(c, body);
};
