import { describe, it, expect } from 'vitest';
import { classify, countProvinceItems, rollupScores, rollupStatus, statusRollupOrder } from './index';
import type { CountedItem, Status } from './index';

describe('rollupScores', () => {
  it.each([
    [[50, 100], 'mean', 75],
    [[50, 100], 'min', 50],
    [[50, null, 100], 'mean', 75],
    [[50, null, 100], 'min', 50],
    [[0, 62.5], 'mean', 31.25],
    [[87.5], 'mean', 87.5],
    [[null, 0], 'min', 0],
  ] as const)('%o with %s → %s', (scores, method, expected) => {
    expect(rollupScores(scores, method)).toBe(expected);
  });
  it('mean is the default method (brief)', () => {
    expect(rollupScores([50, 75, 100])).toBe(75);
  });
  it('no numeric score → null', () => {
    expect(rollupScores([null, null])).toBeNull();
    expect(rollupScores([null], 'min')).toBeNull();
    expect(rollupScores([])).toBeNull();
  });
  it('refuses NaN and infinite scores', () => {
    expect(() => rollupScores([50, Number.NaN])).toThrow(RangeError);
    expect(() => rollupScores([Infinity], 'min')).toThrow(RangeError);
  });
});

describe('rollupStatus (our default precedence)', () => {
  it('order is belowMin, notReported, pending, metMin', () => {
    expect(statusRollupOrder).toEqual(['belowMin', 'notReported', 'pending', 'metMin']);
  });
  it.each([
    [['metMin'], 'metMin'],
    [['metMin', 'metMin'], 'metMin'],
    [['metMin', 'pending'], 'pending'],
    [['pending', 'notReported'], 'notReported'],
    [['notReported', 'metMin'], 'notReported'],
    [['notReported', 'belowMin', 'pending'], 'belowMin'],
    [['metMin', 'belowMin'], 'belowMin'],
  ] as [Status[], Status][])('%o → %s', (input, expected) => {
    expect(rollupStatus(input)).toBe(expected);
  });
  it('refuses an empty list and unknown statuses', () => {
    expect(() => rollupStatus([])).toThrow(RangeError);
    expect(() => rollupStatus(['metMin', 'passed' as Status])).toThrow(RangeError);
  });
});

describe('components end to end', () => {
  it('each component is classified on its own, then rolled up', () => {
    const rivers = [
      { targets: { min: 60, std: 70, adv: 80 }, value: 65 }, // 62.5
      { targets: { min: 50, std: 60, adv: 70 }, value: 75 }, // 100
      { targets: { min: 60, std: 70, adv: 80 }, value: 50 }, // below: 0
    ];
    const cs = rivers.map((r) =>
      classify({ targets: r.targets, direction: 'higher', kind: 'quantity', result: { kind: 'value', value: r.value } }),
    );
    const pending = classify({ targets: rivers[0]!.targets, direction: 'higher', kind: 'quantity', result: { kind: 'pending' } });
    const scores = [...cs, pending].map((c) => c.score);
    expect(rollupScores(scores)).toBeCloseTo(162.5 / 3, 9);
    expect(rollupScores(scores, 'min')).toBe(0);
    expect(rollupStatus([...cs, pending].map((c) => c.status))).toBe('belowMin');
  });
});

describe('countProvinceItems', () => {
  it('seed shape: 10 items including 2 components, counts 0 / 4 / 3 / 3', () => {
    const statuses: Status[] = ['belowMin', 'belowMin', 'belowMin', 'metMin', 'metMin', 'pending', 'pending', 'pending'];
    const items: CountedItem[] = [
      ...statuses.map((status, i) => ({ indicatorCode: `ECO-0${i + 1}`, component: null, status })),
      { indicatorCode: 'ENV-01', component: 'แม่น้ำปิง', status: 'belowMin' },
      { indicatorCode: 'ENV-01', component: 'แม่น้ำวัง', status: 'metMin' },
    ];
    const counts = countProvinceItems(items);
    expect(counts).toEqual({
      items: 10,
      components: 2,
      byStatus: { notReported: 0, belowMin: 4, metMin: 3, pending: 3 },
    });
    const sum = Object.values(counts.byStatus).reduce((a, b) => a + b, 0);
    expect(sum).toBe(counts.items);
  });
  it('empty province: every status present with 0', () => {
    expect(countProvinceItems([])).toEqual({
      items: 0,
      components: 0,
      byStatus: { notReported: 0, belowMin: 0, metMin: 0, pending: 0 },
    });
  });
  it('refuses a duplicate item and an unknown status', () => {
    const a: CountedItem = { indicatorCode: 'ENV-01', component: 'แม่น้ำปิง', status: 'metMin' };
    expect(() => countProvinceItems([a, { ...a, status: 'belowMin' }])).toThrow(RangeError);
    const b: CountedItem = { indicatorCode: 'ECO-01', component: null, status: 'metMin' };
    expect(() => countProvinceItems([b, b])).toThrow(RangeError);
    expect(() => countProvinceItems([{ ...b, status: 'passed' as Status }])).toThrow(RangeError);
  });
  it('same component name under two indicators is two items', () => {
    const counts = countProvinceItems([
      { indicatorCode: 'ENV-01', component: 'A', status: 'metMin' },
      { indicatorCode: 'ENV-02', component: 'A', status: 'notReported' },
    ]);
    expect(counts.items).toBe(2);
    expect(counts.components).toBe(2);
    expect(counts.byStatus.notReported).toBe(1);
  });
});
