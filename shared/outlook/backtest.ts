/**
 * Backtest (issue 11 §3): for every fiscal year with both rounds stored, predict "will miss the
 * year-end minimum" from the earlier round, with the outlook (risk likely-miss) and with the naive
 * rule "the earlier round's status carries over", and score both against the stored year-end.
 * Items whose year-end is not a number cannot be scored and are left out (counted in `unscored`).
 */
import { indicatorGroups, type IndicatorGroup } from '../reference';
import { outlookOfRound } from './outlook';
import type { OutlookConfig, OutlookItem, StoredRound } from './types';

export interface Metrics {
  /** Scored items (year-end is a number). */
  items: number;
  /** Items whose year-end result is below the minimum. */
  missed: number;
  /** Items the method said would miss. */
  predictedMiss: number;
  truePositives: number;
  /** truePositives / predictedMiss; null when nothing was predicted to miss. */
  precision: number | null;
  /** truePositives / missed; null when nothing missed. */
  recall: number | null;
  /** Correct predictions (miss or not) / items; null when there are no items. */
  accuracy: number | null;
}

export interface MethodScores {
  overall: Metrics;
  byGroup: Partial<Record<IndicatorGroup, Metrics>>;
}

export interface BacktestYear {
  fiscalYear: number;
  round: number;
  unscored: number;
  outlook: MethodScores;
  naive: MethodScores;
}

const keyOf = (i: { iso: string; indicatorCode: string; component: string | null }) => `${i.iso}|${i.indicatorCode}|${i.component ?? ''}`;
const below = (i: OutlookItem, v: number) => (i.direction === 'higher' ? v < i.targets.min : v > i.targets.min);

interface Tally { items: number; missed: number; predictedMiss: number; truePositives: number; correct: number }
const emptyTally = (): Tally => ({ items: 0, missed: 0, predictedMiss: 0, truePositives: 0, correct: 0 });

function add(t: Tally, missed: boolean, predicted: boolean) {
  t.items += 1;
  if (missed) t.missed += 1;
  if (predicted) t.predictedMiss += 1;
  if (missed && predicted) t.truePositives += 1;
  if (missed === predicted) t.correct += 1;
}

export function metricsOf(t: Tally): Metrics {
  return {
    items: t.items,
    missed: t.missed,
    predictedMiss: t.predictedMiss,
    truePositives: t.truePositives,
    precision: t.predictedMiss ? t.truePositives / t.predictedMiss : null,
    recall: t.missed ? t.truePositives / t.missed : null,
    accuracy: t.items ? t.correct / t.items : null,
  };
}

function scores(overall: Tally, groups: Map<IndicatorGroup, Tally>): MethodScores {
  const byGroup: MethodScores['byGroup'] = {};
  for (const g of indicatorGroups) {
    const t = groups.get(g);
    if (t) byGroup[g] = metricsOf(t);
  }
  return { overall: metricsOf(overall), byGroup };
}

export function backtest(rounds: readonly StoredRound[], config: OutlookConfig, round = 6): BacktestYear[] {
  const years = [...new Set(rounds.map((r) => r.fiscalYear))].sort((a, b) => a - b);
  const out: BacktestYear[] = [];
  for (const year of years) {
    const early = rounds.find((r) => r.fiscalYear === year && r.round === round);
    const final = rounds.find((r) => r.fiscalYear === year && r.round === config.finalRound);
    if (!early || !final) continue;
    const { entries } = outlookOfRound(rounds, year, round, config);
    const risk = new Map(entries.map((e) => [keyOf(e), e.risk]));
    const ends = new Map(final.items.map((i) => [keyOf(i), i]));
    const tallies = { outlook: emptyTally(), naive: emptyTally() };
    const groups = { outlook: new Map<IndicatorGroup, Tally>(), naive: new Map<IndicatorGroup, Tally>() };
    let unscored = 0;
    for (const item of early.items) {
      const end = ends.get(keyOf(item));
      if (end?.result.kind !== 'value') { unscored += 1; continue; }
      const missed = below(end, end.result.value);
      const predictions = {
        outlook: risk.get(keyOf(item)) === 'likely-miss',
        naive: item.result.kind === 'value' && below(item, item.result.value),
      };
      for (const m of ['outlook', 'naive'] as const) {
        add(tallies[m], missed, predictions[m]);
        const g = groups[m].get(item.group) ?? groups[m].set(item.group, emptyTally()).get(item.group)!;
        add(g, missed, predictions[m]);
      }
    }
    out.push({ fiscalYear: year, round, unscored, outlook: scores(tallies.outlook, groups.outlook), naive: scores(tallies.naive, groups.naive) });
  }
  return out;
}
