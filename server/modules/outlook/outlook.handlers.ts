/**
 * The early-warning reads. Everything is derived from the stored results, so it is computed once per
 * data version (server/platform/http/cache.ts): the rounds and the national outlook in
 * outlook.service.ts, and here each response body per caller scope (all provinces, or one).
 */
import type { RouteHandler } from '@hono/zod-openapi';
import type { Backtest, RoundChanges, RoundOutlook, RoundOutlookList, Watchlist } from '../../../shared/contracts';
import { backtest as runBacktest } from '../../../shared/outlook';
import { ownProvince } from '../../../shared/policy';
import type { Db } from '../../platform/db/client';
import { sendCachedJson, toCachedJson, VersionedCache, type CachedJson } from '../../platform/http/cache';
import type { AppEnv } from '../../platform/http/env';
import { notFound } from '../../platform/http/errors';
import { findProvince, listProvinces } from '../rounds/rounds.queries';
import { outlookConfig as config, outlookOf, requireStored, roundsUpTo } from './outlook.service';
import { comparedRound, roundChanges } from './round-changes';
import { outlookList, provinceOutlook as oneProvince, rankWatchlist } from './round-outlook';
import type * as routes from './outlook.routes';

const outlookBodies = new VersionedCache<CachedJson<RoundOutlook>>();
const listBodies = new VersionedCache<CachedJson<RoundOutlookList>>();
const changesBodies = new VersionedCache<CachedJson<RoundChanges>>();
const watchlistBodies = new VersionedCache<CachedJson<Watchlist>>();
const backtestBodies = new VersionedCache<CachedJson<Backtest>>();

export const outlook: RouteHandler<typeof routes.outlook, AppEnv> = (c) => {
  const { year, round } = c.req.valid('param');
  const db = c.var.db;
  // A province user's outlook holds its own items only (the projection itself uses every province's history).
  const iso = ownProvince(c.var.user!);
  return sendCachedJson(c, listBodies.get(db, `${year}|${round}|${iso ?? '*'}`, () => toCachedJson(outlookList(outlookOf(db, year, round), iso))));
};

/** The one-province outlook keeps everything: explanations and each method's inputs. */
export const provinceOutlook: RouteHandler<typeof routes.provinceOutlook, AppEnv> = (c) => {
  const { year, round, iso } = c.req.valid('param');
  const db = c.var.db;
  if (!findProvince(db, iso)) throw notFound(`Province ${iso}`, `จังหวัดรหัส ${iso}`);
  return sendCachedJson(c, outlookBodies.get(db, `${year}|${round}|${iso}`, () => toCachedJson(oneProvince(outlookOf(db, year, round), iso))));
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
    return toCachedJson(rankWatchlist(outlookOf(db, year, round), iso, provinces));
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
