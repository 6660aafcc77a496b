import { describe, expect, it } from 'vitest';
import { categoriseByIndicator, categoriseByShare, countCategories, itemCategory, levelScheme, rollupCategory, shareCategory, shareScheme, type MapItem } from './categories';

const item = (iso: string, status: MapItem['status'], level: MapItem['level'] = null, component: string | null = null): MapItem => ({ iso, status, level, component });
const provinces = [
  { iso: 'TH-10', inMeasure: false },
  { iso: 'TH-15', inMeasure: true },
  { iso: 'TH-20', inMeasure: true },
  { iso: 'TH-50', inMeasure: true },
];

describe('itemCategory', () => {
  it.each([
    [item('x', 'belowMin', 'belowMin'), 'belowMin'],
    [item('x', 'metMin', 'min'), 'min'],
    [item('x', 'metMin', 'std'), 'std'],
    [item('x', 'metMin', 'adv'), 'adv'],
    [item('x', 'notReported'), 'notReported'],
    [item('x', 'pending'), 'pending'],
  ])('%o → %s', (it_, expected) => {
    expect(itemCategory(it_)).toBe(expected);
  });
});

describe('rollupCategory (a province with components takes the weakest)', () => {
  it.each([
    [[], 'notAssigned'],
    [[item('x', 'metMin', 'adv'), item('x', 'belowMin', 'belowMin')], 'belowMin'],
    [[item('x', 'pending'), item('x', 'notReported')], 'notReported'],
    [[item('x', 'metMin', 'adv'), item('x', 'pending')], 'pending'],
    [[item('x', 'metMin', 'adv'), item('x', 'metMin', 'min'), item('x', 'metMin', 'std')], 'min'],
    [[item('x', 'metMin', 'adv')], 'adv'],
  ] as const)('%j → %s', (items, expected) => {
    expect(rollupCategory(items)).toBe(expected);
  });
});

describe('shareCategory: bands at 0, 20, 40, 60 percent', () => {
  it.each([
    [0, 0, 'notAssigned'],
    [0, 10, 'share0'],
    [1, 10, 'share1'],
    [1, 5, 'share2'], // exactly 20% starts the second band
    [3, 8, 'share2'],
    [2, 5, 'share3'], // exactly 40%
    [3, 5, 'share4'], // 60%
    [10, 10, 'share4'],
  ] as const)('%i of %i → %s', (below, total, expected) => {
    expect(shareCategory(below, total)).toBe(expected);
  });
});

describe('categorising a round', () => {
  const items = [
    item('TH-15', 'belowMin', 'belowMin', 'แม่น้ำน้อย'),
    item('TH-15', 'metMin', 'std', 'แม่น้ำเจ้าพระยาตอนกลาง'),
    item('TH-20', 'metMin', 'adv'),
  ];

  it('by indicator: Bangkok is outside the measure, provinces without items are not assigned', () => {
    const entries = categoriseByIndicator(items, provinces);
    expect([...entries].map(([iso, e]) => [iso, e.category, e.items.length])).toEqual([
      ['TH-10', 'outside', 0],
      ['TH-15', 'belowMin', 2],
      ['TH-20', 'adv', 1],
      ['TH-50', 'notAssigned', 0],
    ]);
  });

  it('by share of items below minimum', () => {
    const entries = categoriseByShare(items, provinces);
    expect(entries.get('TH-15')).toMatchObject({ category: 'share3', belowMin: 1, share: 50 });
    expect(entries.get('TH-20')).toMatchObject({ category: 'share0', belowMin: 0, share: 0 });
    expect(entries.get('TH-50')).toMatchObject({ category: 'notAssigned', share: null });
    expect(entries.get('TH-10')!.category).toBe('outside');
  });

  it('legend counts: one per province, every category of the scheme present, zeros included', () => {
    const counts = countCategories(levelScheme, categoriseByIndicator(items, provinces).values());
    expect(counts).toEqual({ belowMin: 1, min: 0, std: 0, adv: 1, notReported: 0, pending: 0, notAssigned: 1, outside: 1 });
    const shares = countCategories(shareScheme, categoriseByShare(items, provinces).values());
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBe(provinces.length);
  });
});
