/**
 * The outlook of one round: for every item, a projected year-end value, a band and a risk class.
 *
 * @example
 * const entries = projectRound({ fiscalYear: 2566, round: 6, items, history, bands, config });
 * // อ่างทอง ECO-05: ผล ๖ เดือน 449.21 × อัตราส่วนสิ้นปี/๖ เดือนของปีก่อน 1.42 = 637.9 ล้านบาท → likely-miss
 */
import { indexHistory } from './history';
import { errorScale, methods, type MethodContext } from './methods';
import type { Band, BandTable, HistoryValue, OutlookConfig, OutlookEntry, OutlookItem, Projection, Risk } from './types';

export interface ProjectRoundInput {
  fiscalYear: number;
  round: number;
  items: readonly OutlookItem[];
  history: readonly HistoryValue[];
  bands: BandTable;
  config: OutlookConfig;
}

/** The first method in the config's order that can project this item. */
export function projectItem(item: OutlookItem, current: number, ctx: MethodContext, config: OutlookConfig): Projection | null {
  const order = item.accumulates ? config.methods.accumulating : config.methods.steady;
  for (const entry of order) {
    const p = methods[entry.id](item, current, ctx, entry);
    if (p && Number.isFinite(p.projected)) {
      // a level cannot end the year above the top level (ระดับ ๕)
      return item.kind === 'level' && p.projected > config.topLevel ? { ...p, projected: config.topLevel } : p;
    }
  }
  return null;
}

/** Band around a projection: the method's measured past error, or a widened default (said so). */
export function bandOf(item: OutlookItem, p: Projection, bands: BandTable, config: OutlookConfig): Band {
  const ownIndicator = bands.byIndicator[p.method]?.[item.indicatorCode];
  const pooled = bands.byMethod[p.method];
  const relative = errorScale[p.method] === 'relative';
  let half: number;
  let source: Band['source'];
  if (ownIndicator !== undefined) [half, source] = [ownIndicator, 'measured-indicator'];
  else if (pooled !== undefined) [half, source] = [pooled, 'measured-method'];
  else {
    const base = relative ? config.band.fallbackRelative : config.band.fallbackShareOfMin;
    [half, source] = [base * config.band.noHistoryWidening, 'widened'];
  }
  const width = relative ? Math.abs(p.projected) * half : Math.abs(item.targets.min) * half;
  let low = p.projected - width;
  let high = p.projected + width;
  if (item.kind === 'level') high = Math.min(high, config.topLevel);
  return { low: Math.min(low, p.projected), high: Math.max(high, p.projected), source };
}

/**
 * likely-miss: projected worse than the minimum; borderline: projected at or better, but the band's
 * worse edge crosses the minimum; on-track: the whole band at or better; met: an accumulating,
 * higher-is-better result that already reached the year-end minimum (it can only grow).
 */
export function riskOf(item: OutlookItem, current: number, projected: number, band: Band): Risk {
  const min = item.targets.min;
  const higher = item.direction === 'higher';
  const worse = (x: number) => (higher ? x < min : x > min);
  if (item.accumulates && higher && current >= min) return 'met';
  if (worse(projected)) return 'likely-miss';
  if (worse(higher ? band.low : band.high)) return 'borderline';
  return 'on-track';
}

export function projectRound(input: ProjectRoundInput): OutlookEntry[] {
  const { fiscalYear, round, config } = input;
  const ctx: MethodContext = { fiscalYear, round, finalRound: config.finalRound, history: indexHistory(input.history) };
  // Object literals, not spreads of a shared base: a spread costs tens of µs an item (issue 10).
  return input.items.map((item): OutlookEntry => {
    const current = item.result.kind === 'value' && Number.isFinite(item.result.value) ? item.result.value : null;
    const projection = current === null ? null : projectItem(item, current, ctx, config);
    const band = projection === null ? null : bandOf(item, projection, input.bands, config);
    const risk: Risk = current === null || projection === null ? 'no-data' : riskOf(item, current, projection.projected, band!);
    return { iso: item.iso, indicatorCode: item.indicatorCode, component: item.component, group: item.group, current, risk, projection, band };
  });
}
