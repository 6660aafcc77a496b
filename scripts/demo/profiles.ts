/**
 * How the synthetic targets of each indicator look (FY2566). Money targets scale with an approximate
 * population (thousands, rounded, only to make large provinces' revenues larger) and, for tourism and
 * trade, with hand-set factors. None of these numbers is OPDC data except อ่างทอง's ECO-05 targets.
 */
import type { Targets } from '../../shared/classification/types';
import type { Rng } from './prng';

export type ValueKind = 'money' | 'percent' | 'wqi' | 'rate' | 'level';

export interface Profile {
  kind: ValueKind;
  /** Decimals written for results and targets. */
  decimals: number;
  targets(r: Rng, code2: string): Targets;
}

/** Approximate registered population, thousands (rounded; for scaling only). */
const population: Record<string, number> = {
  11: 1360, 12: 1290, 13: 1190, 14: 820, 15: 275, 16: 755, 17: 210, 18: 325, 19: 645, 20: 1600, 21: 750, 22: 540,
  23: 230, 24: 725, 25: 500, 26: 260, 27: 570, 30: 2640, 31: 1590, 32: 1390, 33: 1470, 34: 1870, 35: 535, 36: 1120,
  37: 380, 38: 425, 39: 510, 40: 1800, 41: 1590, 42: 640, 43: 520, 44: 960, 45: 1300, 46: 980, 47: 1150, 48: 720,
  49: 350, 50: 1790, 51: 405, 52: 740, 53: 455, 54: 440, 55: 480, 56: 470, 57: 1300, 58: 285, 60: 1060, 61: 330,
  62: 730, 63: 670, 64: 595, 65: 865, 66: 535, 67: 995, 70: 870, 71: 895, 72: 845, 73: 920, 74: 590, 75: 190,
  76: 485, 77: 555, 80: 1560, 81: 480, 82: 270, 83: 420, 84: 1070, 85: 195, 86: 510, 90: 1440, 91: 325, 92: 645,
  93: 525, 94: 730, 95: 545, 96: 810,
};

/** Thai-visitor tourism weight (1 = an ordinary province). */
const tourism: Record<string, number> = {
  83: 40, 20: 14, 50: 12, 77: 11, 81: 10, 21: 9, 71: 8, 76: 8, 82: 8, 23: 7, 75: 6, 84: 5, 14: 4, 22: 4, 26: 4,
  57: 4, 90: 4, 30: 3.5, 42: 3, 43: 3, 55: 3, 91: 3, 40: 2.5, 41: 2.5, 64: 2.5, 86: 2.5, 92: 2.5,
};

/** Full-year minimum targets, million baht, of the two 8-province indicators (rough orders of magnitude). */
const foreignTourism: Record<string, number> = { 83: 180000, 20: 90000, 84: 45000, 81: 38000, 82: 16000, 23: 4200, 96: 1400, 95: 900 };
const borderTrade: Record<string, number> = { 90: 250000, 22: 60000, 48: 90000, 57: 42000, 34: 12000, 32: 9000, 85: 22000, 56: 600 };

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const pop = (code2: string) => population[code2] ?? 500;

function moneyTargets(r: Rng, fullYearMin: number): Targets {
  const min = round(fullYearMin, 2);
  const std = round(min * r.uniform(1.03, 1.07), 2);
  const adv = r.chance(0.05) ? std : round(std * r.uniform(1.04, 1.09), 2);
  return { min, std, adv };
}

/** Percent-like targets: integer min, steps up, capped at `cap`; a few rows have std == adv. */
function stepTargets(r: Rng, min: number, step1: number, step2: number, cap = 100): Targets {
  const std = Math.min(cap, min + step1);
  const adv = r.chance(0.07) ? std : Math.min(cap, std + step2);
  return { min, std, adv };
}

const money = (f: (r: Rng, code2: string) => number): Profile => ({ kind: 'money', decimals: 2, targets: (r, c) => moneyTargets(r, f(r, c)) });
const levels: Profile = { kind: 'level', decimals: 0, targets: () => ({ min: 3, std: 4, adv: 5 }) };

export const profiles: Record<string, Profile> = {
  'ECO-01': levels,
  'ECO-02': money((r, c) => pop(c) * r.uniform(1.8, 4.2)),
  'ECO-03': money((r, c) => pop(c) * r.uniform(0.2, 0.6)),
  'ECO-04': { kind: 'percent', decimals: 2, targets: (r) => stepTargets(r, r.pick([50, 60, 70, 80]), 10, 10) },
  'ECO-05': money((r, c) => pop(c) * r.uniform(1.9, 3.2) * (tourism[c] ?? 1)),
  'ECO-06': money((r, c) => (foreignTourism[c] ?? 1000) * r.uniform(0.95, 1.05)),
  'ECO-07': levels,
  'ECO-08': money((r, c) => (borderTrade[c] ?? 1000) * r.uniform(0.95, 1.05)),
  'ECO-09': money((r) => r.uniform(35, 70)),
  'SOC-01': { kind: 'percent', decimals: 2, targets: (r) => stepTargets(r, r.int(60, 85), r.int(3, 5), r.int(3, 5)) },
  'SOC-02': {
    kind: 'rate', decimals: 1,
    targets: (r) => {
      const min = round(r.uniform(24, 38), 1);
      const std = round(min - r.uniform(1, 3), 1);
      return { min, std, adv: r.chance(0.07) ? std : round(std - r.uniform(1, 3), 1) };
    },
  },
  'SOC-03': { kind: 'percent', decimals: 2, targets: (r) => (r.chance(0.8) ? { min: 80, std: 85, adv: 90 } : { min: 75, std: 80, adv: 85 }) },
  'SOC-04': { kind: 'percent', decimals: 2, targets: (r) => stepTargets(r, r.int(70, 80), 5, 5) },
  'SOC-05': levels,
  'ENV-01': { kind: 'percent', decimals: 2, targets: (r) => stepTargets(r, r.int(65, 82), 5, r.int(3, 8)) },
  'ENV-02': { kind: 'wqi', decimals: 2, targets: (r) => stepTargets(r, r.int(55, 68), r.int(2, 5), r.int(2, 5)) },
  'ENV-03': levels,
  'ENV-04': levels,
  'ENV-05': { kind: 'percent', decimals: 2, targets: (r) => stepTargets(r, r.int(10, 20), 5, 5) },
  'PB-01': money((r) => r.uniform(12, 45)),
  'PB-02': money((r) => r.uniform(25, 120)),
  'PB-03': levels,
  'PB-04': { kind: 'percent', decimals: 2, targets: (r) => stepTargets(r, r.int(60, 75), 5, 5) },
  'PB-05': levels,
};

export function profileOf(code: string): Profile {
  const p = profiles[code];
  if (!p) throw new Error(`no value profile for ${code}`);
  return p;
}

/** The previous year's targets: a little lower for money, the same or 5 points lower for percentages. */
export function previousYearTargets(t: Targets, p: Profile, r: Rng): Targets {
  switch (p.kind) {
    case 'money': {
      const f = r.uniform(0.88, 0.96);
      return { min: round(t.min * f, 2), std: round(t.std * f, 2), adv: round(t.adv * f, 2) };
    }
    case 'percent':
    case 'wqi': {
      const d = r.pick([0, 0, 5]);
      return { min: Math.max(0, t.min - d), std: Math.max(0, t.std - d), adv: Math.max(0, t.adv - d) };
    }
    case 'rate': {
      const d = round(r.uniform(0, 2), 1);
      return { min: round(t.min + d, 1), std: round(t.std + d, 1), adv: round(t.adv + d, 1) };
    }
    case 'level':
      return { ...t };
  }
}
