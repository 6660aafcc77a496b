/**
 * The backtest on a hand-made fixture. Every figure below is worked out by hand in the comments;
 * predictions of "will miss" do not depend on the band (likely-miss = projection below the minimum).
 */
import { describe, expect, it } from 'vitest';
import { backtest } from './backtest';
import { defaultOutlookConfig as config } from './config';
import { item, steady, stored } from './fixture';

// ECO-02 (accumulating, min 100) and SOC-01 (steady, min 80).
const rounds = [
  // FY2565 has no earlier year: accumulating items fall to straight pace (× 12/6).
  stored(2565, 6, [item('TH-A', 40), item('TH-B', 60), item('TH-C', 55), steady('TH-A', 70), steady('TH-B', 'pending')]),
  stored(2565, 12, [item('TH-A', 90), item('TH-B', 95), item('TH-C', 130), steady('TH-A', 85), steady('TH-B', 75)]),
  // FY2566: own ratios from 2565 — A 90/40 = 2.25, B 95/60 = 1.5833, C 130/55 = 2.3636; D has none,
  // so the median of the three, 2.25.
  stored(2566, 6, [item('TH-A', 50), item('TH-B', 60), item('TH-C', 45), item('TH-D', 48), steady('TH-A', 85)]),
  stored(2566, 12, [item('TH-A', 105), item('TH-B', 99), item('TH-C', 'notReported'), item('TH-D', 97), steady('TH-A', 79)]),
];

describe('backtest on a hand-made fixture', () => {
  const years = backtest(rounds, config);

  it('scores every year with both rounds stored', () => {
    expect(years.map((y) => y.fiscalYear)).toEqual([2565, 2566]);
  });

  it('FY2565: outlook and naive rule, worked by hand', () => {
    const y = years[0]!;
    // ECO A 40→80 miss, actual 90 miss (TP); B 60→120, actual 95 miss (FN); C 55→110, actual 130 (TN);
    // SOC A 70→70 miss, actual 85 (FP); SOC B pending → no prediction, actual 75 miss (FN).
    expect(y.outlook.overall).toEqual({ items: 5, missed: 3, predictedMiss: 2, truePositives: 1, precision: 0.5, recall: 1 / 3, accuracy: 2 / 5 });
    // naive: ECO A, B, C and SOC A below at 6 months → 4 predicted; TP A, B; correct A, B only.
    expect(y.naive.overall).toEqual({ items: 5, missed: 3, predictedMiss: 4, truePositives: 2, precision: 0.5, recall: 2 / 3, accuracy: 2 / 5 });
    expect(y.outlook.byGroup.economic).toEqual({ items: 3, missed: 2, predictedMiss: 1, truePositives: 1, precision: 1, recall: 0.5, accuracy: 2 / 3 });
    expect(y.naive.byGroup.social).toEqual({ items: 2, missed: 1, predictedMiss: 1, truePositives: 0, precision: 0, recall: 0, accuracy: 0 });
    expect(y.unscored).toBe(0);
  });

  it('FY2566: own ratio, median ratio for a province without one, unscored year-end', () => {
    const y = years[1]!;
    // A 50×2.25=112.5 (TN); B 60×1.5833=95 miss, actual 99 (TP); D 48×2.25=108, actual 97 (FN);
    // SOC A 85, actual 79 (FN); C not reported at year-end → unscored.
    expect(y.unscored).toBe(1);
    expect(y.outlook.overall).toEqual({ items: 4, missed: 3, predictedMiss: 1, truePositives: 1, precision: 1, recall: 1 / 3, accuracy: 0.5 });
    // naive: A, B, D below at 6 months; TP B, D; A is a false alarm, SOC A a miss not foreseen.
    expect(y.naive.overall).toEqual({ items: 4, missed: 3, predictedMiss: 3, truePositives: 2, precision: 2 / 3, recall: 2 / 3, accuracy: 0.5 });
    expect(y.outlook.byGroup.environment).toBeUndefined();
  });

  it('precision and recall are null, not 0/0, when nothing is predicted or missed', () => {
    const calm = [stored(2566, 6, [steady('TH-A', 85)]), stored(2566, 12, [steady('TH-A', 86)])];
    expect(backtest(calm, config)[0]!.outlook.overall).toMatchObject({ precision: null, recall: null, accuracy: 1 });
  });
});
