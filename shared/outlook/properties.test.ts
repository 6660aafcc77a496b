/** Fast-check properties of the outlook engine (issue 11 tests). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyBands } from './bands';
import { defaultOutlookConfig as config } from './config';
import { projectRound } from './engine';
import { item, type Cell } from './fixture';
import type { HistoryValue, OutlookItem } from './types';

const rank = { 'likely-miss': 0, borderline: 1, 'on-track': 2, met: 3, 'no-data': -1 } as const;
const positive = fc.double({ min: 0.01, max: 1e6, noNaN: true });
const history = fc.option(fc.tuple(positive, positive), { nil: undefined }).map((pair): HistoryValue[] =>
  pair ? [{ iso: 'TH-A', indicatorCode: 'ECO-02', component: null, fiscalYear: 2565, round: 6, value: pair[0] },
    { iso: 'TH-A', indicatorCode: 'ECO-02', component: null, fiscalYear: 2565, round: 12, value: pair[1] }] : []);
const targets = fc.tuple(positive, positive, positive).map(([a, b, c]) => {
  const [min, std, adv] = [a, a + b, a + b + c];
  return { min, std, adv };
});

const run = (it_: OutlookItem, h: HistoryValue[] = []) =>
  projectRound({ fiscalYear: 2566, round: 6, items: [it_], history: h, bands: emptyBands, config })[0]!;

describe('outlook properties', () => {
  it('projection and risk are monotonic in the current result (higher is better)', () => {
    fc.assert(fc.property(positive, positive, fc.boolean(), targets, history, (a, b, accumulates, t, h) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const x = run(item('TH-A', lo, { accumulates, targets: t }), h);
      const y = run(item('TH-A', hi, { accumulates, targets: t }), h);
      expect(x.projection!.projected).toBeLessThanOrEqual(y.projection!.projected);
      expect(rank[x.risk]).toBeLessThanOrEqual(rank[y.risk]);
    }));
  });

  it('lower-is-better mirrors higher-is-better (negated values and targets)', () => {
    fc.assert(fc.property(positive, targets, (v, t) => {
      const up = run(item('TH-A', v, { accumulates: false, targets: t }));
      const mirror = { min: -t.min, std: -t.std, adv: -t.adv };
      const down = run(item('TH-A', -v, { accumulates: false, direction: 'lower', targets: mirror }));
      expect(down.risk).toBe(up.risk);
      expect(down.projection!.projected).toBe(-up.projection!.projected);
      expect(down.band!.low).toBeCloseTo(-up.band!.high, 6);
    }));
  });

  it('no level is projected, or banded, above the top level', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5 }), fc.boolean(), history, (v, accumulates, h) => {
      const e = run(item('TH-A', v, { kind: 'level', accumulates, targets: { min: 3, std: 4, adv: 5 } }), h);
      expect(e.projection!.projected).toBeLessThanOrEqual(config.topLevel);
      expect(e.band!.high).toBeLessThanOrEqual(config.topLevel);
    }));
  });

  it('no-data exactly when nothing can be projected (no numeric result)', () => {
    const cell = fc.oneof(positive, fc.constantFrom<Cell>('pending', 'notReported'));
    fc.assert(fc.property(cell, fc.boolean(), history, (c, accumulates, h) => {
      const e = run(item('TH-A', c, { accumulates }), h);
      expect(e.risk === 'no-data').toBe(typeof c !== 'number');
      expect(e.projection === null).toBe(typeof c !== 'number');
    }));
  });
});
