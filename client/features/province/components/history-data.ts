/** Shapes a history series for the line chart: one row per round, targets as they were that year. */
import type { Level, Status, Targets } from '../../../../shared/classification/types';
import type { ResultView } from '../../../components/map/map-view';

export interface PointLike {
  year: number;
  round: number;
  targets: Targets;
  result: ResultView;
  status: Status;
  level: Level | null;
}

export interface HistoryRow {
  /** "2566/6": fiscal year and round, the x axis. */
  key: string;
  year: number;
  round: number;
  /** The numeric result; null for not reported / pending (a gap in the line, explained in the table). */
  value: number | null;
  min: number;
  std: number;
  adv: number;
  status: Status;
  level: Level | null;
}

export function historyRows(points: readonly PointLike[]): HistoryRow[] {
  return [...points]
    .sort((a, b) => a.year - b.year || a.round - b.round)
    .map((p) => ({
      key: `${p.year}/${p.round}`,
      year: p.year,
      round: p.round,
      value: p.result.kind === 'value' ? p.result.value : null,
      min: p.targets.min,
      std: p.targets.std,
      adv: p.targets.adv,
      status: p.status,
      level: p.level,
    }));
}

/** The key of one item (indicator and component) as it appears in the page's `?item=` query. */
export const itemKey = (code: string, component: string | null) => (component ? `${code}~${component}` : code);
