/**
 * A province's items across every round of every fiscal year. Lives beside its route because only
 * the province history uses it; the classification is the same engine the round views use.
 */
import type { Classification, Targets } from '../../../shared/classification';
import type { Direction, IndicatorGroup, IndicatorKind } from '../../../shared/reference';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { indicators } from '../../platform/db/schema';
import { classifyStored } from '../rounds/items';
import type { HistorySeries } from '../../../shared/contracts';

interface Row {
  year: number;
  round: number;
  seq: number;
  code: string;
  nameTh: string;
  nameEn: string;
  group: IndicatorGroup;
  unitTh: string;
  unitEn: string;
  direction: Direction;
  kind: IndicatorKind;
  example: number;
  component: string;
  min: number;
  std: number;
  adv: number;
  resultKind: 'value' | 'notReported' | 'pending' | null;
  value: number | null;
}

/** Whether any fiscal year has an indicator with this code. */
export function indicatorCodeExists(db: Db, code: string): boolean {
  return !!db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, code)).limit(1).get();
}

/**
 * Series per indicator code and component, oldest point first. Rounds that hold no result at all
 * (not imported yet) are skipped: showing them as "not reported" would state a fact the data lacks.
 */
export function loadProvinceHistory(db: Db, iso: string, code?: string): HistorySeries[] {
  const rows = db.$client
    .prepare(
      `select a.year, r.months as round, i.seq, i.code, i.name_th as nameTh, i.name_en as nameEn, i."group" as "group",
              i.unit_th as unitTh, i.unit_en as unitEn, i.direction, i.kind, i.example, a.component,
              a.target_min as min, a.target_std as std, a.target_adv as adv, res.kind as resultKind, res.value
       from assignments a
       join indicators i on i.id = a.indicator_id
       join rounds r on r.year = a.year
       left join results res on res.assignment_id = a.id and res.round_id = r.id
       where a.province_iso = @iso and (@code is null or i.code = @code)
         and exists (select 1 from results x where x.round_id = r.id)
       order by a.year, r.months, i.seq, a.component`,
    )
    .all({ iso, code: code ?? null }) as Row[];

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

function describe(r: Row) {
  return {
    nameTh: r.nameTh,
    nameEn: r.nameEn,
    group: r.group,
    unitTh: r.unitTh,
    unitEn: r.unitEn,
    direction: r.direction,
    kind: r.kind,
    example: !!r.example,
  };
}
