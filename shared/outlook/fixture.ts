/** Test helpers: terse items and rounds for the outlook's tests (not used by the app). */
import type { ReportedResult } from '../classification/types';
import type { OutlookItem, StoredRound } from './types';

export type Cell = number | 'pending' | 'notReported';

export const result = (c: Cell): ReportedResult => (typeof c === 'number' ? { kind: 'value', value: c } : { kind: c });

/** An accumulating, higher-is-better money item (ECO-02-like) unless overridden. */
export function item(iso: string, cell: Cell, over: Partial<OutlookItem> = {}): OutlookItem {
  return {
    iso,
    indicatorCode: 'ECO-02',
    component: null,
    group: 'economic',
    direction: 'higher',
    kind: 'quantity',
    accumulates: true,
    targets: { min: 100, std: 110, adv: 120 },
    result: result(cell),
    ...over,
  };
}

export const steady = (iso: string, cell: Cell, over: Partial<OutlookItem> = {}) =>
  item(iso, cell, { indicatorCode: 'SOC-01', group: 'social', accumulates: false, targets: { min: 80, std: 85, adv: 90 }, ...over });

export const stored = (fiscalYear: number, round: number, items: OutlookItem[]): StoredRound => ({ fiscalYear, round, items });
