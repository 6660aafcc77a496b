/**
 * The band is the method's own error on past years, not a guess: each past year with both rounds
 * stored is projected from its earlier round (seeing only what was stored by then) and compared with
 * its year-end. Errors are scaled (see `errorScale`) so different indicators pool.
 */
import { historyBefore, quantile } from './history';
import { errorScale } from './methods';
import { projectRound } from './engine';
import type { BandTable, MethodId, OutlookConfig, StoredRound } from './types';

export const emptyBands: BandTable = { years: [], byMethod: {}, byIndicator: {} };

/** Past errors of each method at `round`, for the fiscal years before `beforeYear`. */
export function pastErrors(rounds: readonly StoredRound[], beforeYear: number, round: number, config: OutlookConfig) {
  const errors: { method: MethodId; indicatorCode: string; error: number }[] = [];
  const years: number[] = [];
  for (const early of rounds) {
    if (early.fiscalYear >= beforeYear || early.round !== round) continue;
    const final = rounds.find((r) => r.fiscalYear === early.fiscalYear && r.round === config.finalRound);
    if (!final) continue;
    years.push(early.fiscalYear);
    const actual = new Map(final.items.map((i) => [`${i.iso}|${i.indicatorCode}|${i.component ?? ''}`, i]));
    const entries = projectRound({ fiscalYear: early.fiscalYear, round, items: early.items, history: historyBefore(rounds, early.fiscalYear, round), bands: emptyBands, config });
    entries.forEach((e, idx) => {
      const end = actual.get(`${e.iso}|${e.indicatorCode}|${e.component ?? ''}`);
      if (!e.projection || end?.result.kind !== 'value') return;
      const p = e.projection.projected;
      const scale = errorScale[e.projection.method] === 'relative' ? Math.abs(p) : Math.abs(early.items[idx]!.targets.min);
      if (scale === 0) return;
      errors.push({ method: e.projection.method, indicatorCode: e.indicatorCode, error: Math.abs(end.result.value - p) / scale });
    });
  }
  return { years: years.sort(), errors };
}

/** Band half-widths: the config's quantile of the past errors, per indicator where there are enough. */
export function measureBands(rounds: readonly StoredRound[], beforeYear: number, round: number, config: OutlookConfig): BandTable {
  const { years, errors } = pastErrors(rounds, beforeYear, round, config);
  const table: BandTable = { years, byMethod: {}, byIndicator: {} };
  const q = config.band.quantile;
  const byMethod = new Map<MethodId, number[]>();
  const byIndicator = new Map<string, number[]>();
  for (const e of errors) {
    (byMethod.get(e.method) ?? byMethod.set(e.method, []).get(e.method)!).push(e.error);
    const k = `${e.method}|${e.indicatorCode}`;
    (byIndicator.get(k) ?? byIndicator.set(k, []).get(k)!).push(e.error);
  }
  for (const [m, xs] of byMethod) if (xs.length >= config.band.minHistory) table.byMethod[m] = quantile(xs, q);
  for (const [k, xs] of byIndicator) {
    if (xs.length < config.band.minHistory) continue;
    const [m, code] = k.split('|') as [MethodId, string];
    (table.byIndicator[m] ??= {})[code] = quantile(xs, q);
  }
  return table;
}
