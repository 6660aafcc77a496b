/**
 * Facts for drafting a national recommendation of one indicator in a round (used when no sourced text
 * exists in data/recommendations): counts the round's data supports, nothing else. Pure.
 */
import { formatNumber } from '../../../../shared/thai';
import type { RoundItem } from '../../rounds/items';
import type { FactValues } from './engine';

export interface NationalFacts {
  year: number;
  round: number;
  hasComponents: boolean;
  componentLabelTh: string | null;
  provinces: number;
  items: number;
  belowMinProvinces: number;
  belowMinItems: number;
  notReportedProvinces: number;
  pendingProvinces: number;
  metItems: number;
  /** Items at the standard or advanced level. */
  atStdOrAdvItems: number;
}

export function nationalFacts(year: number, round: number, ind: { hasComponents: boolean; componentLabelTh: string | null }, items: RoundItem[]): NationalFacts {
  const provincesWith = (pred: (it: RoundItem) => boolean) => new Set(items.filter(pred).map((it) => it.iso)).size;
  return {
    year,
    round,
    hasComponents: ind.hasComponents,
    componentLabelTh: ind.componentLabelTh,
    provinces: new Set(items.map((it) => it.iso)).size,
    items: items.length,
    belowMinProvinces: provincesWith((it) => it.classification.status === 'belowMin'),
    belowMinItems: items.filter((it) => it.classification.status === 'belowMin').length,
    notReportedProvinces: provincesWith((it) => it.classification.status === 'notReported'),
    pendingProvinces: provincesWith((it) => it.classification.status === 'pending'),
    metItems: items.filter((it) => it.classification.status === 'metMin').length,
    atStdOrAdvItems: items.filter((it) => it.classification.level === 'std' || it.classification.level === 'adv').length,
  };
}

export const nationalFactNames = [
  'year', 'round', 'finalRound', 'hasComponents', 'componentLabel', 'provinces', 'items',
  'belowMinProvinces', 'belowMinItems', 'notReportedProvinces', 'pendingProvinces',
  'anyBelowMin', 'anyNotReported', 'anyMet', 'atStdOrAdvPct', 'majorityAtStd',
] as const;

export function nationalFactValues(f: NationalFacts): FactValues {
  const values: Record<(typeof nationalFactNames)[number], string | number | boolean | null> = {
    year: f.year,
    round: f.round,
    finalRound: f.round === 12,
    hasComponents: f.hasComponents,
    componentLabel: f.componentLabelTh,
    provinces: f.provinces,
    items: f.items,
    belowMinProvinces: f.belowMinProvinces,
    belowMinItems: f.belowMinItems,
    notReportedProvinces: f.notReportedProvinces || null,
    pendingProvinces: f.pendingProvinces || null,
    anyBelowMin: f.belowMinItems > 0,
    anyNotReported: f.notReportedProvinces > 0,
    anyMet: f.metItems > 0,
    atStdOrAdvPct: f.items ? formatNumber((f.atStdOrAdvItems / f.items) * 100, { digits: 'arabic', maxFractionDigits: 0 }) : null,
    // "Most provinces already passed" (seed, waste indicator) only when more than half the items did.
    majorityAtStd: f.items > 0 && f.atStdOrAdvItems * 2 > f.items,
  };
  return values;
}
