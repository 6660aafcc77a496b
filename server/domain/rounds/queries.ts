/** Look-ups the round views share: a round by (year, months), a fiscal year's indicators, a province. */
import { prepared } from '../../db/statements';
import type { Direction, IndicatorGroup, IndicatorKind } from '../../../shared/reference';
import type { Db } from '../../db/client';

export interface IndicatorRow {
  id: number;
  year: number;
  seq: number;
  code: string;
  nameTh: string;
  nameEn: string;
  group: IndicatorGroup;
  unitTh: string;
  unitEn: string;
  direction: Direction;
  kind: IndicatorKind;
  accumulates: boolean;
  hasComponents: boolean;
  componentLabelTh: string | null;
  componentLabelEn: string | null;
  example: boolean;
  source: string;
  provinceCount: number;
}

const indicatorColumns = `i.id, i.year, i.seq, i.code, i.name_th as nameTh, i.name_en as nameEn, i."group" as "group",
  i.unit_th as unitTh, i.unit_en as unitEn, i.direction, i.kind, i.accumulates, i.has_components as hasComponents,
  i.component_label_th as componentLabelTh, i.component_label_en as componentLabelEn, i.example, i.source,
  (select count(*) from indicator_provinces ip where ip.indicator_id = i.id) as provinceCount`;

type RawIndicator = Omit<IndicatorRow, 'accumulates' | 'hasComponents' | 'example'> & { accumulates: number; hasComponents: number; example: number };
const toIndicator = (r: RawIndicator): IndicatorRow => ({ ...r, accumulates: !!r.accumulates, hasComponents: !!r.hasComponents, example: !!r.example });

export function findRound(db: Db, year: number, months: number): { id: number; year: number; months: number } | undefined {
  return prepared(db, `select id, year, months from rounds where year = ? and months = ?`).get(year, months) as
    | { id: number; year: number; months: number }
    | undefined;
}

export function yearExists(db: Db, year: number): boolean {
  return !!prepared(db, `select 1 from fiscal_years where year = ?`).get(year);
}

export function listIndicators(db: Db, year: number): IndicatorRow[] {
  return (prepared(db, `select ${indicatorColumns} from indicators i where i.year = ? order by i.seq`).all(year) as RawIndicator[]).map(toIndicator);
}

export function findIndicator(db: Db, year: number, code: string): IndicatorRow | undefined {
  const r = prepared(db, `select ${indicatorColumns} from indicators i where i.year = ? and i.code = ?`).get(year, code.toUpperCase()) as RawIndicator | undefined;
  return r && toIndicator(r);
}

export interface ProvinceRow {
  iso: string;
  code: string;
  nameTh: string;
  nameEn: string;
  region: string;
  cluster: string | null;
  inMeasure: boolean;
}

const provinceColumns = `iso, code, name_th as nameTh, name_en as nameEn, region, cluster, in_measure as inMeasure`;
type RawProvince = Omit<ProvinceRow, 'inMeasure'> & { inMeasure: number };
const toProvince = (p: RawProvince): ProvinceRow => ({ ...p, inMeasure: !!p.inMeasure });

export function listProvinces(db: Db): ProvinceRow[] {
  return (prepared(db, `select ${provinceColumns} from provinces order by iso`).all() as RawProvince[]).map(toProvince);
}

export function findProvince(db: Db, iso: string): ProvinceRow | undefined {
  const p = prepared(db, `select ${provinceColumns} from provinces where iso = ?`).get(iso.toUpperCase()) as RawProvince | undefined;
  return p && toProvince(p);
}

export interface RoundRow {
  year: number;
  round: number;
  titleTh: string;
  titleEn: string;
  results: number;
  lastImportAt: string | null;
}

/** Rounds with how many results each holds — counting only `iso`'s results when given (a province user's view). */
export function listRounds(db: Db, iso?: string): RoundRow[] {
  const own = iso ? 'and x.assignment_id in (select id from assignments where province_iso = @iso)' : '';
  return db.$client
    .prepare(
      `select r.year, r.months as round, y.title_th as titleTh, y.title_en as titleEn,
              (select count(*) from results x where x.round_id = r.id ${own}) as results,
              (select max(b.created_at) from results x join import_batches b on b.id = x.batch_id where x.round_id = r.id ${own}) as lastImportAt
       from rounds r join fiscal_years y on y.year = r.year order by r.year, r.months`,
    )
    .all({ iso: iso ?? null }) as RoundRow[];
}
