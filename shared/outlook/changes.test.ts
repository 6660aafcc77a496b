/** Change classes between two rounds, table-driven. */
import { describe, expect, it } from 'vitest';
import { changesBetween } from './changes';
import { steady, stored, type Cell } from './fixture';

// SOC-01 targets: min 80, std 85, adv 90
describe('changes between rounds', () => {
  it.each<[string, Cell, Cell, string]>([
    ['newly below the minimum', 82, 78, 'newly-below'],
    ['recovered', 78, 81, 'recovered'],
    ['red-red: below at both', 70, 75, 'still-below'],
    ['level up (min → adv)', 81, 91, 'level-up'],
    ['level down (std → min)', 86, 82, 'level-down'],
    ['same level', 81, 84, 'unchanged'],
    ['no number before', 'pending', 81, 'no-data'],
    ['no number now', 81, 'notReported', 'no-data'],
  ])('%s', (_, before, now, change) => {
    const [c] = changesBetween(stored(2566, 12, [steady('TH-A', now)]), stored(2566, 6, [steady('TH-A', before)]));
    expect(c!.change).toBe(change);
  });

  it('gives the change in value and in % of the minimum', () => {
    const [c] = changesBetween(stored(2566, 12, [steady('TH-A', 90)]), stored(2566, 6, [steady('TH-A', 70)]));
    expect(c).toMatchObject({ change: 'recovered', before: 70, now: 90, valueChange: 20, minShareChange: 25 });
  });

  it('an item not stored in the other round is no-data, and each side uses its own targets', () => {
    const lastYear = stored(2565, 12, [steady('TH-A', 78, { targets: { min: 75, std: 80, adv: 85 } })]);
    const [c] = changesBetween(stored(2566, 6, [steady('TH-A', 78), steady('TH-B', 90)]), lastYear).slice(0, 1);
    expect(c!.change).toBe('newly-below');
    expect(changesBetween(stored(2566, 6, [steady('TH-B', 90)]), lastYear)[0]!.change).toBe('no-data');
  });
});
