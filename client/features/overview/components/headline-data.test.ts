import { describe, expect, it } from 'vitest';
import { changeOf, comparisonRound, headlineCounts } from './headline-data';

describe('headline figures', () => {
  it('splits met-minimum into amber (minimum level) and green (standard or advanced)', () => {
    const totals = { counts: { belowMin: 7, metMin: 20, notReported: 2, pending: 1 }, levels: { belowMin: 7, min: 5, std: 9, adv: 6 } };
    expect(headlineCounts(totals)).toEqual({ red: 7, amber: 5, green: 15, notReported: 2, pending: 1 });
  });

  it.each([
    [2566, 12, 'previous-round', { year: 2566, round: 6 }],
    [2566, 6, 'previous-round', { year: 2565, round: 12 }],
    [2566, 6, 'previous-year', { year: 2565, round: 6 }],
    [2566, 12, 'previous-year', { year: 2565, round: 12 }],
  ] as const)('%i round %i against %s', (y, r, against, expected) => expect(comparisonRound(y, r, against)).toEqual(expected));

  it('marks a rise in red as worse and a rise in green as better', () => {
    expect(changeOf('red', 10, 7)).toEqual({ kind: 'up', by: 3, worse: true });
    expect(changeOf('green', 10, 7)).toEqual({ kind: 'up', by: 3, worse: false });
    expect(changeOf('green', 4, 7)).toEqual({ kind: 'down', by: 3, worse: true });
    expect(changeOf('pending', 0, 2)).toEqual({ kind: 'down', by: 2, worse: false });
    expect(changeOf('amber', 5, 5)).toEqual({ kind: 'same', by: 0, worse: false });
  });
});
