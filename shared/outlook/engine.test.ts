/** Table-driven tests of the outlook engine: methods in order, explanations, bands and risk classes. */
import { describe, expect, it } from 'vitest';
import { emptyBands, measureBands } from './bands';
import { defaultOutlookConfig as config } from './config';
import { projectRound } from './engine';
import { item, steady, stored, type Cell } from './fixture';
import { historyBefore } from './history';
import { outlookOfRound } from './outlook';
import type { HistoryValue, OutlookItem } from './types';

const h = (iso: string, fiscalYear: number, round: number, value: number, indicatorCode = 'ECO-02'): HistoryValue =>
  ({ iso, fiscalYear, round, value, indicatorCode, component: null });

const one = (it: OutlookItem, history: HistoryValue[] = []) =>
  projectRound({ fiscalYear: 2566, round: 6, items: [it], history, bands: emptyBands, config })[0]!;

describe('the seed example (อ่างทอง ECO-05)', () => {
  it('explains the own-ratio projection with the numbers, ๖ in Thai digits', () => {
    const eco05 = item('TH-15', 449.21, { indicatorCode: 'ECO-05', targets: { min: 707.14, std: 744.34, adv: 802.25 }, unit: { th: 'ล้านบาท', en: 'million baht' } });
    const e = one(eco05, [h('TH-15', 2565, 6, 500, 'ECO-05'), h('TH-15', 2565, 12, 710, 'ECO-05')]);
    expect(e.projection?.method).toBe('own-ratio');
    expect(e.projection?.explanationTh).toBe('ผล ๖ เดือน 449.21 × อัตราส่วนสิ้นปี/๖ เดือนของปีก่อน 1.42 = 637.9 ล้านบาท');
    expect(e.projection?.explanationEn).toBe("6-month result 449.21 × last year's year-end/6-month ratio 1.42 = 637.9 million baht");
    expect(e.projection?.inputs).toMatchObject({ current: 449.21, previousSameRound: 500, previousYearEnd: 710 });
    expect(e.risk).toBe('likely-miss');
  });
});

describe('method order (data/outlook/config.json)', () => {
  const others = [h('TH-B', 2565, 6, 50), h('TH-B', 2565, 12, 100), h('TH-C', 2565, 6, 40), h('TH-C', 2565, 12, 120), h('TH-D', 2565, 6, 10), h('TH-D', 2565, 12, 25)];
  it.each<[string, HistoryValue[], string, number]>([
    ['own ratio when both of last year are stored and positive', [h('TH-A', 2565, 6, 20), h('TH-A', 2565, 12, 50), ...others], 'own-ratio', 40 * 2.5],
    ['median over provinces when its own is missing', others, 'median-ratio', 40 * 2.5],
    ['median when its own same-round value was 0', [h('TH-A', 2565, 6, 0), h('TH-A', 2565, 12, 30), ...others], 'median-ratio', 100],
    ['straight pace when fewer provinces than minProvinces have a ratio', others.slice(0, 4), 'straight-pace', 80],
    ['straight pace with no history', [], 'straight-pace', 80],
  ])('%s', (_, history, method, projected) => {
    const e = one(item('TH-A', 40), history);
    expect(e.projection?.method).toBe(method);
    expect(e.projection?.projected).toBeCloseTo(projected, 9);
  });

  it('a non-accumulating result stays where it is', () => {
    expect(one(steady('TH-A', 83)).projection).toMatchObject({ method: 'current', projected: 83 });
  });
});

describe('risk classes', () => {
  const cases: [string, OutlookItem, string][] = [
    ['accumulating result already at the minimum', item('TH-A', 100), 'met'],
    ['projected below the minimum', item('TH-A', 40), 'likely-miss'],
    ['projected at or above but the band crosses the minimum', item('TH-A', 55), 'borderline'],
    ['projected above with the whole band above', item('TH-A', 90), 'on-track'],
    ['steady result below the minimum', steady('TH-A', 79), 'likely-miss'],
    ['steady result just above: band (±15% of min widened) crosses it', steady('TH-A', 81), 'borderline'],
    ['steady result far above', steady('TH-A', 99), 'on-track'],
    ['lower-is-better: above the maximum allowed', steady('TH-A', 21, { direction: 'lower', targets: { min: 20, std: 18, adv: 15 } }), 'likely-miss'],
    ['lower-is-better: well under', steady('TH-A', 10, { direction: 'lower', targets: { min: 20, std: 18, adv: 15 } }), 'on-track'],
    ['pending', item('TH-A', 'pending'), 'no-data'],
    ['not reported', steady('TH-A', 'notReported'), 'no-data'],
  ];
  it.each(cases)('%s', (_, it_, risk) => {
    expect(one(it_).risk).toBe(risk);
  });

  it('a level is never projected or banded above the top level', () => {
    const level = steady('TH-A', 5, { kind: 'level', targets: { min: 3, std: 4, adv: 5 } });
    const e = one(level);
    expect(e.projection?.projected).toBe(5);
    expect(e.band?.high).toBe(5);
    const accumulatingLevel = item('TH-A', 4, { kind: 'level', targets: { min: 5, std: 5, adv: 5 } });
    expect(one(accumulatingLevel).projection?.projected).toBe(config.topLevel);
  });
});

describe('bands measured on past years', () => {
  const rows = (year: number, round: number, cells: Cell[]) => cells.map((c, i) => steady(`TH-${10 + i}`, c));
  const rounds = [
    stored(2565, 6, rows(2565, 6, [80, 80, 80, 80, 80, 80])),
    // errors as share of min 80: 0, 4/80, 8/80, 8/80, 12/80, 16/80
    stored(2565, 12, rows(2565, 12, [80, 84, 88, 72, 92, 64])),
    stored(2566, 6, rows(2566, 6, [90])),
  ];
  it('uses the config quantile of the method’s own errors', () => {
    const bands = measureBands(rounds, 2566, 6, config);
    expect(bands.years).toEqual([2565]);
    // quantile 0.8 of [0, .05, .1, .1, .15, .2] (type 7): h = 4 → 0.15
    expect(bands.byMethod.current).toBeCloseTo(0.15, 12);
    expect(bands.byIndicator.current?.['SOC-01']).toBeCloseTo(0.15, 12);
    const { entries } = outlookOfRound(rounds, 2566, 6, config);
    expect(entries[0]!.band).toEqual({ low: 90 - 12, high: 90 + 12, source: 'measured-indicator' });
    // the band's low edge, 78, is below the minimum 80
    expect(entries[0]!.risk).toBe('borderline');
  });

  it('says so and widens where no past year exists', () => {
    const { entries } = outlookOfRound([stored(2566, 6, [steady('TH-A', 90)])], 2566, 6, config);
    // fallback 10% of min × widening 1.5 = 12
    expect(entries[0]!.band).toEqual({ low: 78, high: 102, source: 'widened' });
    expect(entries[0]!.risk).toBe('borderline');
  });

  it('never lets a projection see the year-end of its own year', () => {
    const hist = historyBefore(rounds, 2565, 6);
    expect(hist.every((v) => v.fiscalYear < 2565 || v.round <= 6)).toBe(true);
    expect(() => outlookOfRound(rounds, 2565, 12, config)).toThrow(RangeError);
  });
});
