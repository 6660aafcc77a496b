import type { RouteHandler } from '@hono/zod-openapi';
import { countProvinceItems, rollupScores } from '../../../shared/classification';
import { loadRoundItems, type RoundItem } from './items';
import { findIndicator, findProvince, findRound, listIndicators, listProvinces, listRounds } from './rounds.queries';
import { summariseRound } from './summary';
import type { Db } from '../../platform/db/client';
import { cachedJson, sendCachedJson, toCachedJson, VersionedCache, type CachedJson } from '../../platform/http/cache';
import { notFound } from '../../platform/http/errors';
import type { AppEnv } from '../../platform/http/env';
import { ownProvince } from '../../../shared/policy';
import type * as routes from './rounds.routes';

function requireRound(db: Db, year: number, round: number) {
  const r = findRound(db, year, round);
  if (!r) throw notFound(`Round ${round} of fiscal year ${year}`, `รอบ ${round} เดือน ปีงบประมาณ ${year}`);
  return r;
}

const classified = (it: RoundItem) => ({
  component: it.component,
  targets: it.targets,
  result: it.result,
  note: it.note,
  status: it.classification.status,
  level: it.classification.level,
  score: it.classification.score,
});

// The round views are read far more often than the data changes: cache them per data version.
const summaryCache = new VersionedCache<CachedJson<{ round: { year: number; round: number } } & ReturnType<typeof summariseRound>>>();
const provinceCache = new VersionedCache<CachedJson<{ round: { year: number; round: number } } & ReturnType<typeof provinceBody>>>();

// Every other read is cached the same way; a province user's body is keyed by its province (its own).
const listCache = new VersionedCache<CachedJson<{ rounds: ReturnType<typeof listRounds> }>>();
const indicatorCache = new VersionedCache<CachedJson<ReturnType<typeof indicatorBody>>>();
const itemsCache = new VersionedCache<CachedJson<ReturnType<typeof itemsBody>>>();

export const list: RouteHandler<typeof routes.list, AppEnv> = (c) => {
  const iso = ownProvince(c.var.user!);
  // Counting results per round grows with the years held (90 ms at 100 years): once per data version.
  return cachedJson(c, listCache, iso ?? '*', () => ({ rounds: listRounds(c.var.db, iso) }));
};

export const summary: RouteHandler<typeof routes.summary, AppEnv> = (c) => {
  const { year, round } = c.req.valid('param');
  const db = c.var.db;
  // A province user's summary is built from that province's items only.
  const iso = ownProvince(c.var.user!);
  // The look-ups run inside the cached computation: a cached answer costs no query (a 404 is never cached).
  const cached = summaryCache.get(db, `${year}|${round}|${iso ?? '*'}`, () => {
    const r = requireRound(db, year, round);
    return toCachedJson({ round: { year, round }, ...summariseRound(listIndicators(db, year), loadRoundItems(db, r.id, year, { iso })) });
  });
  return sendCachedJson(c, cached);
};

export const province: RouteHandler<typeof routes.province, AppEnv> = (c) => {
  const { year, round, iso } = c.req.valid('param');
  const db = c.var.db;
  const cached = provinceCache.get(db, `${year}|${round}|${iso}`, () => {
    const r = requireRound(db, year, round);
    const p = findProvince(db, iso);
    if (!p) throw notFound(`Province ${iso}`, `จังหวัดรหัส ${iso}`);
    return toCachedJson({ round: { year, round }, ...provinceBody(db, r.id, year, p) });
  });
  return sendCachedJson(c, cached);
};

function provinceBody(db: Db, roundId: number, year: number, p: NonNullable<ReturnType<typeof findProvince>>) {
  const indicators = new Map(listIndicators(db, year).map((i) => [i.code, i]));
  const items = loadRoundItems(db, roundId, year, { iso: p.iso });
  const byIndicator = new Map<string, (number | null)[]>();
  // Push into the indicator's own list: copying it per item was quadratic in an indicator's components.
  for (const it of items) {
    const scores = byIndicator.get(it.indicatorCode);
    if (scores) scores.push(it.classification.score);
    else byIndicator.set(it.indicatorCode, [it.classification.score]);
  }
  return {
      province: p,
      items: items.map((it) => {
        const ind = indicators.get(it.indicatorCode)!;
        return {
          indicatorCode: it.indicatorCode,
          nameTh: ind.nameTh,
          nameEn: ind.nameEn,
          group: ind.group,
          unitTh: ind.unitTh,
          unitEn: ind.unitEn,
          decimals: ind.decimals,
          direction: ind.direction,
          kind: ind.kind,
          example: ind.example,
          ...classified(it),
        };
      }),
      counts: countProvinceItems(items.map((it) => ({ indicatorCode: it.indicatorCode, component: it.component, status: it.classification.status }))),
      indicatorScores: [...byIndicator].map(([code, scores]) => ({ code, score: rollupScores(scores) })),
  };
}

export const indicator: RouteHandler<typeof routes.indicator, AppEnv> = (c) => {
  const { year, round, code } = c.req.valid('param');
  const iso = ownProvince(c.var.user!);
  return cachedJson(c, indicatorCache, `${year}|${round}|${code}|${iso ?? '*'}`, () => indicatorBody(c.var.db, year, round, code, iso));
};

function indicatorBody(db: Db, year: number, round: number, code: string, iso: string | undefined) {
  const r = requireRound(db, year, round);
  const ind = findIndicator(db, year, code);
  if (!ind) throw notFound(`Indicator ${code} in fiscal year ${year}`, `ตัวชี้วัด ${code} ในปีงบประมาณ ${year}`);
  const provinces = new Map(listProvinces(db).map((p) => [p.iso, p]));
  const items = loadRoundItems(db, r.id, year, { indicatorId: ind.id, iso });
  const counts = { notReported: 0, belowMin: 0, metMin: 0, pending: 0 };
  for (const it of items) counts[it.classification.status]++;
  return {
    round: { year, round },
    indicator: ind,
    items: items.map((it) => {
      const p = provinces.get(it.iso)!;
      return { iso: it.iso, nameTh: p.nameTh, nameEn: p.nameEn, region: p.region, cluster: p.cluster, ...classified(it) };
    }),
    counts,
  };
}

/** Every item of a round in one flat list, for the overview map: a province user receives its own only. */
export const items: RouteHandler<typeof routes.items, AppEnv> = (c) => {
  const { year, round } = c.req.valid('param');
  const iso = ownProvince(c.var.user!);
  return cachedJson(c, itemsCache, `${year}|${round}|${iso ?? '*'}`, () => itemsBody(c.var.db, year, round, iso));
};

function itemsBody(db: Db, year: number, round: number, iso: string | undefined) {
  const r = requireRound(db, year, round);
  const items = loadRoundItems(db, r.id, year, { iso }).map((it) => {
    const { note: _note, ...rest } = classified(it);
    return { iso: it.iso, indicatorCode: it.indicatorCode, ...rest };
  });
  return { round: { year, round }, items };
}
