/**
 * The national summary of a round: per indicator the notice's four status counts and the provinces
 * below the minimum (the seed's national table, derived from data so its counts cannot be wrong).
 */
import { statuses, type Indicator, type IndicatorSummary, type LevelCounts, type RoundSummary, type StatusCounts } from '../../../shared/contracts';
import type { RoundItem } from './items';

const zeroStatus = (): StatusCounts => ({ notReported: 0, belowMin: 0, metMin: 0, pending: 0 });
const zeroLevel = (): LevelCounts => ({ belowMin: 0, min: 0, std: 0, adv: 0 });

/** The summary without its round reference (the route adds it). */
export type RoundTotals = Omit<RoundSummary, 'round'>;

export function summariseRound(indicators: Indicator[], items: RoundItem[]): RoundTotals {
  const byCode = new Map<string, RoundItem[]>();
  for (const it of items) {
    const list = byCode.get(it.indicatorCode);
    if (list) list.push(it);
    else byCode.set(it.indicatorCode, [it]);
  }
  const totals = { provinces: new Set(items.map((i) => i.iso)).size, indicators: indicators.length, items: items.length, counts: zeroStatus(), levels: zeroLevel() };
  const summaries = indicators.map((ind): IndicatorSummary => {
    const list = byCode.get(ind.code) ?? [];
    const counts = zeroStatus();
    const levels = zeroLevel();
    const belowMin: IndicatorSummary['belowMin'] = [];
    for (const it of list) {
      const { status, level } = it.classification;
      counts[status]++;
      totals.counts[status]++;
      if (level) {
        levels[level]++;
        totals.levels[level]++;
      }
      if (status === 'belowMin') belowMin.push({ iso: it.iso, nameTh: it.provinceNameTh, nameEn: it.provinceNameEn, component: it.component });
    }
    return {
      code: ind.code,
      nameTh: ind.nameTh,
      nameEn: ind.nameEn,
      group: ind.group,
      unitTh: ind.unitTh,
      decimals: ind.decimals,
      direction: ind.direction,
      example: ind.example,
      hasComponents: ind.hasComponents,
      componentLabelTh: ind.componentLabelTh,
      provincesAssigned: ind.provinceCount,
      items: list.length,
      counts,
      levels,
      belowMin,
      belowMinProvinces: new Set(belowMin.map((b) => b.iso)).size,
    };
  });
  return { indicators: summaries, totals };
}

export { statuses };
