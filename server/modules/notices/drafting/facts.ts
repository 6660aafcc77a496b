/**
 * The facts an observation is drafted from, and their flat form for the templates. Every fact comes
 * from stored data (result, targets, earlier results, the round's other provinces); a fact that is
 * not stored is null, and a template sentence that needs it is then not used. Pure.
 */
import { gapToTarget, shareOfTarget, type Level, type Status, type TargetField, type Targets } from '../../../../shared/classification';
import { formatNumber } from '../../../../shared/thai';
import { withUnit } from '../../../../shared/notice/format';
import { formatValue } from '../../../../shared/format/values';
import type { MethodId, Risk } from '../../../../shared/outlook';
import type { Direction, IndicatorKind } from '../../../../shared/reference';
import { accountOf } from './account';
import type { FactValues } from './engine';

export interface Gap {
  absolute: number;
  /** Of the target; null when the target is 0. */
  percent: number | null;
}

export interface Peers {
  /** Provinces with at least one item of this indicator in the same status. */
  sameStatus: number;
  /** Provinces assigned the indicator in the round. */
  total: number;
  sameStatusItems: number;
  totalItems: number;
}

export interface ObservationFacts {
  year: number;
  round: number;
  /**
   * `decimals`: the catalog's places for values and differences, so the observation prints 520.50 as the
   * table beside it does. Left out (hand-made facts), a number keeps up to 2 places without padding.
   */
  indicator: { code: string; unitTh: string; direction: Direction; kind: IndicatorKind; accumulates: boolean; decimals?: number };
  component: { name: string; labelTh: string } | null;
  status: Status;
  level: Level | null;
  /** The reported number, null when not reported or pending. */
  result: number | null;
  targets: Targets;
  /** Distance still to go to each target; null when there is no number or the target is reached. */
  gaps: Record<TargetField, Gap | null>;
  /** Result as a percentage of the minimum target (higher-is-better quantities only). */
  shareOfMin: number | null;
  /** The same year's earlier round (the 6-month result in the 12-month round), when a number is stored. */
  previousRound: { round: number; value: number } | null;
  /** The same round of the previous fiscal year, when a number is stored for the same indicator code. */
  previousYear: { year: number; round: number; value: number } | null;
  peers: Peers;
  note: string | null;
  /** The indicator has a national recommendation this round (shown at the end of the notice). */
  recommendation: boolean;
  /** The year-end outlook (issue 11), at a non-final round where a method could project the item. */
  outlook?: ItemOutlookFacts | null;
}

export interface ItemOutlookFacts {
  risk: Risk;
  method: MethodId;
  projected: number;
}

export interface FactsInput {
  year: number;
  round: number;
  indicator: ObservationFacts['indicator'];
  componentLabelTh: string | null;
  component: string | null;
  status: Status;
  level: Level | null;
  result: number | null;
  targets: Targets;
  previousRound: ObservationFacts['previousRound'];
  previousYear: ObservationFacts['previousYear'];
  peers: Peers;
  note: string | null;
  recommendation: boolean;
  outlook?: ItemOutlookFacts | null;
}

const gap = (f: FactsInput, which: keyof Targets): Gap | null => {
  if (f.result === null) return null;
  const g = gapToTarget(f.targets, f.indicator.direction, f.result, which);
  return g.reached ? null : { absolute: g.absolute, percent: g.percent };
};

/** Collects the facts for one item; only what the inputs support. */
export function observationFacts(f: FactsInput): ObservationFacts {
  const share =
    f.result !== null && f.indicator.kind === 'quantity' && f.indicator.direction === 'higher' && f.targets.min > 0 && f.result >= 0
      ? shareOfTarget('higher', f.result, f.targets.min)
      : null;
  return {
    year: f.year,
    round: f.round,
    indicator: f.indicator,
    component: f.component === null ? null : { name: f.component, labelTh: f.componentLabelTh ?? '' },
    status: f.status,
    level: f.level,
    result: f.result,
    targets: f.targets,
    gaps: { min: gap(f, 'min'), std: gap(f, 'std'), adv: gap(f, 'adv') },
    shareOfMin: share,
    previousRound: f.previousRound,
    previousYear: f.previousYear,
    peers: f.peers,
    note: f.note?.trim() ? f.note.trim() : null,
    recommendation: f.recommendation,
    outlook: f.outlook ?? null,
  };
}

const pct = (n: number | null | undefined) => (n === null || n === undefined ? null : formatNumber(n, { digits: 'arabic' }));

function change(direction: Direction, now: number | null, before: number | undefined) {
  if (now === null || before === undefined) return { trend: null, improved: null, amount: null, percent: null };
  const d = now - before;
  const trend = d > 0 ? 'up' : d < 0 ? 'down' : 'same';
  return {
    trend,
    improved: trend === 'same' ? null : direction === 'higher' ? d > 0 : d < 0,
    amount: Math.abs(d),
    percent: before === 0 ? null : (Math.abs(d) / Math.abs(before)) * 100,
  };
}

/**
 * Every name a template may use; `factValues` returns exactly these keys. Numbers are formatted with
 * Arabic digits and their unit (the notice switches digits on display).
 */
export const observationFactNames = [
  'year', 'round', 'nextRound', 'remainingMonths', 'finalRound',
  'status', 'level', 'direction', 'kind', 'accumulates', 'unitPercent',
  'hasComponent', 'component', 'componentLabel',
  'result', 'min', 'std', 'adv',
  'gapMin', 'gapMinPct', 'gapStd', 'gapStdPct', 'gapAdv', 'gapAdvPct', 'shareOfMin',
  'prevRound', 'prevRoundResult', 'changeRound', 'changeRoundPct', 'roundTrend', 'roundImproved',
  'prevYear', 'prevYearResult', 'changeYear', 'changeYearPct', 'yearTrend', 'yearImproved',
  'peersSameStatus', 'peersTotal', 'peersSameStatusItems', 'peersTotalItems', 'peersSingle', 'peersAlone',
  'note', 'hasNote', 'hasRecommendation',
  'roundChangeRel', 'yearChangeRel', 'account', 'nextStep', 'hasNextStep',
  'outlookRisk', 'outlookMethod', 'outlookProjected',
] as const;

export function factValues(f: ObservationFacts): FactValues {
  const unit = f.indicator.unitTh;
  // A change of levels (ระดับ 1 → 4) is counted in levels; a percentage of a level means nothing.
  const levelKind = f.indicator.kind === 'level';
  const places = f.indicator.decimals;
  const amount = (n: number) => (places === undefined ? formatNumber(n, { digits: 'arabic' }) : formatValue(n, { decimals: places }, 'arabic'));
  const q = (n: number | null | undefined) => (n === null || n === undefined ? null : withUnit(amount(n), unit));
  // A difference of two percentages is in percentage points (จุด); "ร้อยละ" is kept for a relative change.
  const diff = (n: number | null | undefined) =>
    n === null || n === undefined ? null : unit === 'ร้อยละ' ? `${amount(n)} จุด` : unit === 'ระดับ' ? `${amount(n)} ระดับ` : withUnit(amount(n), unit);
  const rel = (c: { percent: number | null }) => (levelKind || c.percent === null ? null : Math.round(c.percent * 100) / 100);
  const byRound = change(f.indicator.direction, f.result, f.previousRound?.value);
  const byYear = change(f.indicator.direction, f.result, f.previousYear?.value);
  const values: Record<(typeof observationFactNames)[number], string | number | boolean | null> = {
    year: f.year,
    round: f.round,
    nextRound: f.round < 12 ? 12 : null,
    remainingMonths: 12 - f.round,
    finalRound: f.round === 12,
    status: f.status,
    level: f.level,
    direction: f.indicator.direction,
    kind: f.indicator.kind,
    accumulates: f.indicator.accumulates,
    unitPercent: unit === 'ร้อยละ',
    hasComponent: f.component !== null,
    component: f.component?.name ?? null,
    componentLabel: f.component?.labelTh || null,
    result: q(f.result),
    min: q(f.targets.min),
    std: q(f.targets.std),
    adv: q(f.targets.adv),
    gapMin: diff(f.gaps.min?.absolute),
    gapMinPct: pct(f.gaps.min?.percent),
    gapStd: diff(f.gaps.std?.absolute),
    gapStdPct: pct(f.gaps.std?.percent),
    gapAdv: diff(f.gaps.adv?.absolute),
    gapAdvPct: pct(f.gaps.adv?.percent),
    shareOfMin: pct(f.shareOfMin),
    prevRound: f.previousRound?.round ?? null,
    prevRoundResult: q(f.previousRound?.value),
    changeRound: diff(byRound.amount),
    changeRoundPct: levelKind || unit === 'ร้อยละ' ? null : pct(byRound.percent),
    roundTrend: byRound.trend,
    roundImproved: byRound.improved,
    prevYear: f.previousYear?.year ?? null,
    prevYearResult: q(f.previousYear?.value),
    changeYear: diff(byYear.amount),
    changeYearPct: levelKind || unit === 'ร้อยละ' ? null : pct(byYear.percent),
    yearTrend: byYear.trend,
    yearImproved: byYear.improved,
    peersSameStatus: f.peers.sameStatus,
    peersTotal: f.peers.total,
    peersSameStatusItems: f.peers.sameStatusItems,
    peersTotalItems: f.peers.totalItems,
    peersSingle: f.peers.sameStatus === 1,
    // The only province assigned the indicator: comparing it with "all provinces" says nothing.
    peersAlone: f.peers.total <= 1,
    note: f.note,
    hasNote: f.note !== null,
    hasRecommendation: f.recommendation,
    roundChangeRel: rel(byRound),
    yearChangeRel: rel(byYear),
    account: accountOf(f.note),
    // Filled from data/observation-templates/next-steps by draftObservation (it knows the file).
    nextStep: null,
    hasNextStep: false,
    // The outlook sentence's facts; a stored draft from before the outlook has none (undefined).
    outlookRisk: f.outlook?.risk ?? null,
    outlookMethod: f.outlook?.method ?? null,
    outlookProjected: q(f.outlook?.projected),
  };
  return values;
}
