/**
 * The demo's facts before they become cells: for every assigned province × indicator × component, the
 * targets of each year and the outcome of each round. FY2566 r6 follows the seed; the other rounds are
 * drawn from seeded PRNGs with plausible mixes of statuses.
 */
import type { Targets } from '../../shared/classification/types';
import type { Catalog, CatalogIndicator } from '../../shared/reference';
import { componentsOf } from './components';
import { profileOf, previousYearTargets, type Profile } from './profiles';
import { rng, type Rng } from './prng';
import { eServiceNoUsers, itemKey, notReported2566r6, pending2566r6, seedProvince, seedTourism } from './seed-facts';
import { roundTo, valueInBand, type Band, type Outcome } from './values';

export type FiscalYear = 2565 | 2566;
export type Round = 6 | 12;

export interface PlannedItem {
  iso: string;
  indicator: CatalogIndicator;
  component: string;
  targets: Targets;
  r6: Outcome;
  r12: Outcome;
}

const value = (v: number): Outcome => ({ kind: 'value', value: v });
const has = (list: [string, string, string][], code: string, iso: string, comp: string) =>
  list.some(([c, i, k]) => c === code && i === iso && k === comp);

/** Every assignment of a catalog, ordered by province, then catalog order, then component. */
export function assignmentsOf(catalog: Catalog, provinceOrder: string[]): { iso: string; indicator: CatalogIndicator; component: string }[] {
  const out: { iso: string; indicator: CatalogIndicator; component: string }[] = [];
  for (const iso of provinceOrder) {
    for (const indicator of catalog.indicators) {
      if (!indicator.provinces.includes(iso)) continue;
      for (const component of componentsOf(indicator.code, iso.slice(3))) out.push({ iso, indicator, component });
    }
  }
  return out;
}

function randomOutcome(p: Profile, ind: CatalogIndicator, t: Targets, r: Rng, odds: { nr: number; pending: number; below: number }): Outcome {
  if (r.chance(odds.nr)) return { kind: 'notReported' };
  if (r.chance(p.kind === 'level' ? odds.pending * 2 : odds.pending)) return { kind: 'pending' };
  const band = r.weighted<Band>({ below: odds.below, min: 0.25, std: 0.3, adv: 0.33 });
  return value(valueInBand(p, t, ind.direction, band, r));
}

/**
 * First-half share of an accumulating money indicator's year, a seasonal process: each province has its
 * own season for each indicator (about one in ten earns most of it in the first half: festivals,
 * harvest, fairs), kept from year to year, and every year moves it by ±12 % noise. It is deliberately
 * NOT the outlook's projection formula, so the backtest can find the outlook wrong.
 */
function firstHalfShare(iso: string, code: string, r: Rng): number {
  const season = rng('season', iso, code);
  const base = season.chance(0.1) ? season.uniform(0.62, 0.8) : season.uniform(0.4, 0.58);
  return Math.min(0.95, base * r.uniform(0.88, 1.12));
}

/** The 12-month result following a 6-month one: accumulating values by the province's season, others drift. */
function yearEnd(p: Profile, ind: CatalogIndicator, t: Targets, r6: Outcome, r: Rng, iso: string): Outcome {
  if (r.chance(0.008)) return { kind: 'notReported' };
  if (r.chance(0.006)) return { kind: 'pending' };
  if (r6.kind !== 'value') return randomOutcome(p, ind, t, r, { nr: 0, pending: 0, below: 0.12 });
  const v = r6.value;
  switch (p.kind) {
    case 'money':
      return value(roundTo(v / firstHalfShare(iso, ind.code, r), p.decimals));
    case 'level':
      return value(Math.min(5, v + r.pick([0, 1, 1])));
    case 'rate':
      return value(Math.max(5, roundTo(v + r.uniform(-3, 1.5), p.decimals)));
    default:
      // e-Service with no users at 6 months: the first users' satisfaction
      if (v === 0) return value(roundTo(r.uniform(70, 95), p.decimals));
      return value(Math.min(100, Math.max(0, roundTo(v + r.uniform(-2, 7), p.decimals))));
  }
}

/** FY2566: targets, the seed's 6-month round, and a 12-month round that follows from it. */
export function plan2566(catalog: Catalog, provinceOrder: string[], seedBelow: Map<string, Set<string>>): PlannedItem[] {
  return assignmentsOf(catalog, provinceOrder).map(({ iso, indicator: ind, component }) => {
    const p = profileOf(ind.code);
    const key = [2566, iso, ind.code, component] as const;
    const isSeedTourism = iso === seedProvince && ind.code === seedTourism.code;
    const targets = isSeedTourism ? { ...seedTourism.targets2566 } : p.targets(rng('targets', ...key), iso.slice(3));
    const r = rng('r6', ...key);
    let r6: Outcome;
    if (isSeedTourism) r6 = value(seedTourism.result2566r6);
    else if (has(notReported2566r6, ind.code, iso, component)) r6 = { kind: 'notReported' };
    else if (has(pending2566r6, ind.code, iso, component)) r6 = { kind: 'pending' };
    else if (seedBelow.get(ind.code)?.has(itemKey(iso, component))) {
      r6 = ind.code === 'SOC-03' && eServiceNoUsers.includes(iso) ? value(0) : value(valueInBand(p, targets, ind.direction, 'below', r, ind.accumulates));
    } else {
      // ENV-01: the seed says more than 65% of provinces already met the standard or advanced target
      const weights = ind.code === 'ENV-01' ? { below: 0, min: 0.12, std: 0.44, adv: 0.44 } : { below: 0, min: 0.3, std: 0.35, adv: 0.35 };
      r6 = value(valueInBand(p, targets, ind.direction, r.weighted<Band>(weights), r));
    }
    const r12 = isSeedTourism ? value(seedTourism.result2566r12) : yearEnd(p, ind, targets, r6, rng('r12', ...key), iso);
    return { iso, indicator: ind, component, targets, r6, r12 };
  });
}

/** FY2565 (demo): last year's targets and freely drawn results for both rounds. */
export function plan2565(catalog: Catalog, provinceOrder: string[], fy2566: PlannedItem[]): PlannedItem[] {
  return assignmentsOf(catalog, provinceOrder).map(({ iso, indicator: ind, component }) => {
    const p = profileOf(ind.code);
    const key = [2565, iso, ind.code, component] as const;
    if (iso === seedProvince && ind.code === seedTourism.code) {
      return { iso, indicator: ind, component, targets: { ...seedTourism.targets2565 }, r6: value(seedTourism.result2565r6), r12: value(seedTourism.result2565r12) };
    }
    const next = fy2566.find((i) => i.iso === iso && i.indicator.code === ind.code && i.component === component);
    const base = next?.targets ?? p.targets(rng('targets', ...key), iso.slice(3));
    const targets = previousYearTargets(base, p, rng('targets-prev', ...key));
    const r = rng('r6', ...key);
    let r6: Outcome;
    let r12: Outcome;
    if (p.kind === 'money') {
      // draw the year first; the half-year is the province's seasonal share of it (compared with full-year targets)
      const fullYear = roundTo(targets.std * r.uniform(0.86, 1.22), p.decimals);
      const share = firstHalfShare(iso, ind.code, r);
      r6 = r.chance(0.03) ? { kind: 'notReported' } : r.chance(0.03) ? { kind: 'pending' } : value(roundTo(fullYear * share, p.decimals));
      r12 = r.chance(0.02) ? { kind: 'notReported' } : value(fullYear);
    } else {
      r6 = randomOutcome(p, ind, targets, r, { nr: 0.03, pending: 0.04, below: 0.18 });
      r12 = yearEnd(p, ind, targets, r6, rng('r12', ...key), iso);
    }
    return { iso, indicator: ind, component, targets, r6, r12 };
  });
}
