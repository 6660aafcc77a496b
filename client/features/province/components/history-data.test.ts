import { describe, expect, it } from 'vitest';
import { historyRows, itemKey } from './history-data';

describe('historyRows', () => {
  it('orders rounds oldest first, keeps each year’s targets and leaves gaps for non-numeric results', () => {
    const rows = historyRows([
      { year: 2566, round: 6, targets: { min: 707.14, std: 744.34, adv: 802.25 }, result: { kind: 'value', value: 449.21 }, status: 'belowMin', level: 'belowMin' },
      { year: 2565, round: 12, targets: { min: 650, std: 690, adv: 740 }, result: { kind: 'value', value: 712.58 }, status: 'metMin', level: 'std' },
      { year: 2565, round: 6, targets: { min: 650, std: 690, adv: 740 }, result: { kind: 'notReported' }, status: 'notReported', level: null },
    ]);
    expect(rows.map((r) => [r.key, r.value, r.min, r.status])).toEqual([
      ['2565/6', null, 650, 'notReported'],
      ['2565/12', 712.58, 650, 'metMin'],
      ['2566/6', 449.21, 707.14, 'belowMin'],
    ]);
  });
});

describe('itemKey', () => {
  it('names an indicator, or an indicator and component', () => {
    expect(itemKey('ECO-05', null)).toBe('ECO-05');
    expect(itemKey('ENV-02', 'แม่น้ำน้อย')).toBe('ENV-02~แม่น้ำน้อย');
  });
});
