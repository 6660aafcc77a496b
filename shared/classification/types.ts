/**
 * Types of the classification engine. The engine is pure: no I/O, no framework imports.
 */
import type { Level, Result, Status, TargetField, Targets } from '../contracts/classification';
import type { Direction, IndicatorKind } from '../contracts/reference';

export type { Direction, IndicatorKind };
export type { Level, ReportedResult, Result, Status, Targets, TargetField } from '../contracts/classification';
export { statuses, levels } from './values';

export const statusLabels: Record<Status, { th: string; en: string }> = {
  notReported: { th: 'ไม่รายงานผล', en: 'Not reported' },
  belowMin: { th: 'ไม่ผ่านค่าเป้าหมายขั้นต้น', en: 'Below minimum target' },
  metMin: { th: 'ผ่านค่าเป้าหมายขั้นต้น', en: 'Met minimum target' },
  pending: { th: 'ยังไม่สามารถออกผลการดำเนินงาน/อยู่ระหว่างดำเนินการ', en: 'Pending / not yet measurable' },
};

export const levelLabels: Record<Level, { th: string; en: string }> = {
  belowMin: { th: 'ต่ำกว่าค่าเป้าหมายขั้นต้น', en: 'Below minimum' },
  min: { th: 'ผ่านค่าเป้าหมายขั้นต้น', en: 'Met minimum' },
  std: { th: 'ผ่านค่าเป้าหมายมาตรฐาน', en: 'Met standard' },
  adv: { th: 'ผ่านค่าเป้าหมายขั้นสูง', en: 'Met advanced' },
};

/** Points at the minimum, standard and advanced targets (one number per target, keyed as the targets are). */
export type ScoreScale = { id: string } & Record<TargetField, number>;

export type Classification =
  | { status: 'notReported'; level: null; score: null }
  | { status: 'pending'; level: null; score: null }
  | { status: 'belowMin'; level: 'belowMin'; score: number }
  | { status: 'metMin'; level: 'min' | 'std' | 'adv'; score: number };

export interface ClassifyInput {
  targets: Targets;
  direction: Direction;
  kind: IndicatorKind;
  /** `missing` (no row imported) classifies as not reported. */
  result: Result;
}

export type TargetProblem =
  | { code: 'TARGET_MISSING'; field: keyof Targets }
  | { code: 'TARGET_NOT_FINITE'; field: keyof Targets }
  | { code: 'TARGETS_DISORDERED' }
  | { code: 'LEVEL_NOT_INTEGER'; field: keyof Targets };

/** How component scores roll up into one indicator score. */
export type RollupMethod = 'mean' | 'min';

/** What the counts need of one item (an indicator without components, or one component). */
export interface CountedItem {
  indicatorCode: string;
  component: string | null;
  status: Status;
}

export interface ProvinceCounts {
  /** Items in the notice's way: each component counts as one item. */
  items: number;
  /** How many of the items are components ("รวม ๒ องค์ประกอบ"). */
  components: number;
  byStatus: Record<Status, number>;
}

/** Targets as they arrive from an import or a form: any field may be missing. */
export type TargetsInput = Partial<Record<keyof Targets, number | null | undefined>>;

/** Result of `validateTargets`: checked targets, or every problem found (never a guess). */
export type TargetsValidation = { ok: true; targets: Targets } | { ok: false; problems: TargetProblem[] };

/** A text in formal Thai and in English. */
export interface LocalizedText {
  th: string;
  en: string;
}

/** Identifiers of the built-in score scales. */
export type ScaleId = 'opdc-50-75-100' | 'opdc-50-70-100';

/** How far a result is from one target, for observation text. */
export interface GapToTarget {
  /** Distance still to go in the "better" direction; 0 when the target is reached. */
  absolute: number;
  /** `absolute / |target| * 100`; null when the target is 0. */
  percent: number | null;
  /** Whether the result is at or better than the target. */
  reached: boolean;
}
