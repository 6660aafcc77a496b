/**
 * Shapes of the outlook engine (issue 11). Pure data in, pure data out: the caller reads the store and
 * hands over the round's items and the stored values the methods need, never a database handle.
 */
import { z } from 'zod';
import type { Direction, IndicatorKind, ReportedResult, Targets } from '../classification/types';
import type { IndicatorGroup } from '../reference';

/** One assigned province × indicator × component at a round, with what the catalog says about it. */
export interface OutlookItem {
  iso: string;
  indicatorCode: string;
  /** null for indicators without components. */
  component: string | null;
  group: IndicatorGroup;
  direction: Direction;
  kind: IndicatorKind;
  /** From the catalog: results add up over the fiscal year. */
  accumulates: boolean;
  targets: Targets;
  result: ReportedResult;
  /** Unit for the explanation (ล้านบาท / million baht); omitted for levels and plain numbers. */
  unit?: { th: string; en: string };
  /** The catalog's places for values in the explanation (as the table beside it); unpadded when absent. */
  decimals?: number;
}

/** All the items of one stored round (the shape the backtest walks over). */
export interface StoredRound {
  fiscalYear: number;
  round: number;
  items: OutlookItem[];
}

/** A stored numeric result of an earlier round or year (the only history the methods read). */
export interface HistoryValue {
  fiscalYear: number;
  round: number;
  iso: string;
  indicatorCode: string;
  component: string | null;
  value: number;
}

export const risks = ['likely-miss', 'borderline', 'on-track', 'met', 'no-data'] as const;
export type Risk = (typeof risks)[number];

export const methodIds = ['own-ratio', 'median-ratio', 'straight-pace', 'current'] as const;
export const MethodId = z.enum(methodIds);
export type MethodId = z.infer<typeof MethodId>;

const MethodEntry = z.object({ id: MethodId, source: z.string().min(1), minProvinces: z.number().int().positive().optional() });

/** `data/outlook/config.json`: method order, minimum history, band quantile. */
export const OutlookConfig = z.object({
  source: z.string().min(1),
  finalRound: z.number().int().positive(),
  methods: z.object({ accumulating: z.array(MethodEntry).min(1), steady: z.array(MethodEntry).min(1) }),
  band: z.object({
    /** Quantile of the method's absolute past errors that the band spans on each side. */
    quantile: z.number().gt(0).lt(1),
    /** Fewest past errors of one indicator before its own band is used (else the method's pooled errors). */
    minHistory: z.number().int().positive(),
    /** Factor applied to a band that is not measured on a past year. */
    noHistoryWidening: z.number().min(1),
    /** Relative half-width of an unmeasured band for ratio methods. */
    fallbackRelative: z.number().positive(),
    /** Half-width of an unmeasured band for the current-value method, as a share of |minimum|. */
    fallbackShareOfMin: z.number().positive(),
  }),
  /** Levels (ระดับ 1–5) are never projected past this. */
  topLevel: z.number().int().positive(),
});
export type OutlookConfig = z.infer<typeof OutlookConfig>;
export type MethodEntry = z.infer<typeof MethodEntry>;

/** How an error is measured: ratio methods relative to the projection, the current value in units. */
export type ErrorScale = 'relative' | 'absolute';

/** Half-widths of the band per method, and per method × indicator where enough history exists. */
export interface BandTable {
  /** e.g. "2565": the fiscal years the errors were measured on. */
  years: number[];
  byMethod: Partial<Record<MethodId, number>>;
  byIndicator: Partial<Record<MethodId, Record<string, number>>>;
}

export interface Band {
  low: number;
  high: number;
  /** measured: from the method's own past errors; widened: no past year, a default widened. */
  source: 'measured-indicator' | 'measured-method' | 'widened';
}

export interface Projection {
  method: MethodId;
  projected: number;
  /** The numbers the method used, by name (current, ratio, provinces, months…). */
  inputs: Record<string, number>;
  explanationTh: string;
  explanationEn: string;
}

export interface OutlookEntry {
  iso: string;
  indicatorCode: string;
  component: string | null;
  group: IndicatorGroup;
  current: number | null;
  risk: Risk;
  projection: Projection | null;
  band: Band | null;
}
