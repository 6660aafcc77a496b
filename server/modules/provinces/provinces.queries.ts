/**
 * A province's items across every round of every fiscal year. Lives beside its route because only
 * the province history uses it; the classification is the same engine the round views use.
 */
import type { Classification, Targets } from '../../../shared/classification';
import type { Direction, IndicatorGroup, IndicatorKind } from '../../../shared/reference';
import { and, eq, exists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../platform/db/client';
import { assignments, indicators, results, rounds } from '../../platform/db/schema';
import { classifyStored } from '../rounds/items';
import type { HistorySeries } from '../../../shared/contracts';

const heldResults = alias(results, 'held');

/** Whether any fiscal year has an indicator with this code. */
export function indicatorCodeExists(db: Db, code: string): boolean {
  return !!db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, code)).limit(1).get();
}

/**
 * Series per indicator code and component, oldest point first. Rounds that hold no result at all
 * (not imported yet) are skipped: showing them as "not reported" would state a fact the data lacks.
 */
export function loadProvinceHistory(db: Db, iso: string, code?: string): HistorySeries[] {
  const rows = loadProvinceHistoryRows(db, iso, code);

  const series = new Map<string, HistorySeries & { seq: number; latestYear: number }>();
  for (const r of rows) {
    const key = `${r.code}\u0000${r.component}`;
    let s = series.get(key);
    if (!s) {
      s = { indicatorCode: r.code, component: r.component === '' ? null : r.component, points: [], seq: r.seq, latestYear: r.year, ...describe(r) };
      series.set(key, s);
    } else if (r.year > s.latestYear) {
      // The latest year's wording and position win (rows come oldest year first).
      Object.assign(s, describe(r), { seq: r.seq, latestYear: r.year });
    }
    const targets = { min: r.min, std: r.std, adv: r.adv };
    const { result, classification: c } = classifyStored(targets, r.direction, r.kind, r.resultKind, r.value);
    s.points.push({ year: r.year, round: r.round, targets, result, status: c.status, level: c.level, score: c.score });
  }
  return [...series.values()]
    .sort((a, b) => b.latestYear - a.latestYear || a.seq - b.seq || (a.component ?? '').localeCompare(b.component ?? '', 'th'))
    .map(({ seq: _seq, latestYear: _latest, ...s }) => s);
}

type HistoryRow = ReturnType<typeof loadProvinceHistoryRows>[number];

function describe(r: HistoryRow) {
  return {
    nameTh: r.nameTh,
    nameEn: r.nameEn,
    group: r.group,
    unitTh: r.unitTh,
    unitEn: r.unitEn,
    decimals: r.decimals,
    direction: r.direction,
    kind: r.kind,
    example: r.example,
  };
}

/** Every target and result of the province, per year, imported round, indicator and component. */
function loadProvinceHistoryRows(db: Db, iso: string, code?: string) {
  return db
    .select({
      year: assignments.year, round: rounds.months, seq: indicators.seq, code: indicators.code, nameTh: indicators.nameTh, nameEn: indicators.nameEn,
      group: indicators.group, unitTh: indicators.unitTh, unitEn: indicators.unitEn, decimals: indicators.decimals, direction: indicators.direction, kind: indicators.kind,
      example: indicators.example, component: assignments.component, min: assignments.targetMin, std: assignments.targetStd, adv: assignments.targetAdv,
      resultKind: results.kind, value: results.value,
    })
    .from(assignments)
    .innerJoin(indicators, eq(indicators.id, assignments.indicatorId))
    .innerJoin(rounds, eq(rounds.year, assignments.year))
    .leftJoin(results, and(eq(results.assignmentId, assignments.id), eq(results.roundId, rounds.id)))
    .where(
      and(
        eq(assignments.provinceIso, iso),
        code ? eq(indicators.code, code) : undefined,
        // Rounds not imported yet hold no result at all: skipped, see above.
        exists(db.select({ one: sql`1` }).from(heldResults).where(eq(heldResults.roundId, rounds.id))),
      ),
    )
    .orderBy(assignments.year, rounds.months, indicators.seq, assignments.component)
    .all();
}
