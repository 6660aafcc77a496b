import { describe, expect, it } from 'vitest';
import { distanceFromMin, dotAxis, dotRows, filterItems, sortRows, type RowItem } from './indicator-data';

const row = (iso: string, nameTh: string, value: number | 'notReported' | 'pending', extra: Partial<RowItem> = {}): RowItem => {
  const targets = extra.targets ?? { min: 100, std: 110, adv: 120 };
  const numeric = typeof value === 'number';
  const status = !numeric ? value : value < targets.min ? 'belowMin' : 'metMin';
  const level = !numeric ? null : value < targets.min ? 'belowMin' : value < targets.std ? 'min' : value < targets.adv ? 'std' : 'adv';
  return {
    iso,
    nameTh,
    nameEn: nameTh,
    region: 'Central',
    cluster: 'ภาคกลางตอนบน 1',
    component: null,
    targets,
    result: numeric ? { kind: 'value', value } : { kind: value },
    status,
    level,
    score: numeric ? value / 2 : null,
    ...extra,
  };
};

describe('distanceFromMin', () => {
  it.each([
    [{ min: 707.14, std: 744.34, adv: 802.25 }, 'higher', 449.21, -36.48],
    [{ min: 100, std: 110, adv: 120 }, 'higher', 100, 0],
    [{ min: 100, std: 110, adv: 120 }, 'higher', 110, 10],
    [{ min: 30, std: 28, adv: 25 }, 'lower', 27, 10], // lower is better: under the minimum is positive
    [{ min: 30, std: 28, adv: 25 }, 'lower', 31.5, -5],
    [{ min: 0, std: 5, adv: 10 }, 'higher', 5, 50], // minimum 0: measured against the min→adv spread
  ] as const)('%o %s %d → %d', (targets, direction, value, expected) => {
    expect(distanceFromMin(targets, direction, value)).toBeCloseTo(expected, 2);
  });
});

describe('dotRows', () => {
  it('sorts furthest below the minimum first, then non-numeric results by name', () => {
    const rows = dotRows([row('TH-20', 'ชลบุรี', 130), row('TH-15', 'อ่างทอง', 60), row('TH-12', 'นนทบุรี', 'pending'), row('TH-11', 'สมุทรปราการ', 95), row('TH-13', 'ข', 'notReported')], 'higher');
    expect(rows.map((r) => [r.item.iso, r.category, r.distance])).toEqual([
      ['TH-15', 'belowMin', -40],
      ['TH-11', 'belowMin', -5],
      ['TH-20', 'adv', 30],
      ['TH-13', 'notReported', null],
      ['TH-12', 'pending', null],
    ]);
    expect(rows[0]!.std).toBe(10);
    expect(rows[0]!.adv).toBe(20);
  });
});

describe('dotAxis', () => {
  it('holds zero and every value in round steps, clamping outliers to −100…200', () => {
    expect(dotAxis([-36.5, 5, 13.4])).toEqual({ lo: -40, hi: 20, ticks: [-40, -30, -20, -10, 0, 10, 20] });
    const wide = dotAxis([-400, 900]);
    expect(wide.lo).toBe(-100);
    expect(wide.hi).toBe(200);
    expect(dotAxis([]).ticks).toContain(0);
  });
});

describe('filters and sort', () => {
  const items = [
    row('TH-15', 'อ่างทอง', 60),
    row('TH-20', 'ชลบุรี', 115, { region: 'Eastern', cluster: 'ภาคตะวันออก' }),
    row('TH-21', 'ระยอง', 'notReported', { region: 'Eastern', cluster: 'ภาคตะวันออก' }),
  ];

  it('filters by region, cluster and category together', () => {
    expect(filterItems(items, { region: 'Eastern', cluster: null, category: null }).map((i) => i.iso)).toEqual(['TH-20', 'TH-21']);
    expect(filterItems(items, { region: 'Eastern', cluster: 'ภาคตะวันออก', category: 'std' }).map((i) => i.iso)).toEqual(['TH-20']);
    expect(filterItems(items, { region: null, cluster: null, category: 'belowMin' }).map((i) => i.iso)).toEqual(['TH-15']);
    expect(filterItems(items, { region: 'Northern', cluster: null, category: null })).toEqual([]);
  });

  it('sorts by any column; rows without a value stay last in both directions', () => {
    const rows = dotRows(items, 'higher');
    expect(sortRows(rows, 'result', 'asc', 'th').map((r) => r.item.iso)).toEqual(['TH-15', 'TH-20', 'TH-21']);
    expect(sortRows(rows, 'result', 'desc', 'th').map((r) => r.item.iso)).toEqual(['TH-20', 'TH-15', 'TH-21']);
    expect(sortRows(rows, 'status', 'asc', 'th').map((r) => r.item.iso)).toEqual(['TH-15', 'TH-21', 'TH-20']);
    expect(sortRows(rows, 'province', 'asc', 'th').map((r) => r.item.nameTh)).toEqual(['ชลบุรี', 'ระยอง', 'อ่างทอง']);
  });
});
