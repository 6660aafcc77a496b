/**
 * Value and text rules of an import row (issue 9 §8): every result and target finite and within
 * what the indicator's unit can hold, every free-text cell free of invisible controls and within
 * its length. Called from validate.ts once per cell; each problem names the cell's column and a
 * Thai and English reason (the row comes from the caller).
 *
 * The range comes from the catalog's facts (kind, unit, name), not from a table per indicator, so a
 * new fiscal year's catalog gets the rules without code: a success level is 0–5, a percentage 0–100
 * unless the indicator measures a change, a unit that states its scale ("WQI points (0–100)") keeps
 * to it, money and counts are never negative, and nothing exceeds a bound no province could reach.
 */
import { stripInvisible, textLimits } from '../../../../shared/text-rules';
import type { IndicatorMeta } from './context';
import { parseOptionalText, type RawCell } from './parse/cells';

export interface RuleProblem {
  code: string;
  th: string;
  en: string;
}

export interface ValueRange {
  min: number;
  max: number;
}

type UnitFacts = Pick<IndicatorMeta, 'kind' | 'unitEn' | 'unitTh' | 'nameEn'>;

/** ล้านบาท: Thailand's whole GDP is about 18 million million baht; no province's figure comes near 10. */
const MAX_MILLION_BAHT = 10_000_000;
/** Anything else: finite and below a bound no real figure reaches (1e308 is "finite" too). */
const MAX_ANY = 1e12;

/**
 * The values an indicator's unit can hold.
 *
 * @example
 * valueRangeOf({ kind: 'quantity', unitEn: 'percent', unitTh: 'ร้อยละ', nameEn: 'Percentage of villages…' }) // { min: 0, max: 100 }
 * valueRangeOf({ kind: 'quantity', unitEn: 'WQI points (0–100)', … })                                     // { min: 0, max: 100 }
 * valueRangeOf({ kind: 'quantity', unitEn: 'percent', nameEn: 'Percentage reduction of fire hotspots' })  // { min: -10000, max: 100 }
 */
export function valueRangeOf(ind: UnitFacts): ValueRange {
  // Success levels (ระดับความสำเร็จ) run 1–5; 0 is "no level reached yet".
  if (ind.kind === 'level') return { min: 0, max: 5 };
  const stated = /\((-?[\d.,]+)\s*[–-]\s*(-?[\d.,]+)\)/.exec(ind.unitEn);
  if (stated) return { min: Number(stated[1]!.replace(/,/g, '')), max: Number(stated[2]!.replace(/,/g, '')) };
  if (/percent/i.test(ind.unitEn) || ind.unitTh.includes('ร้อยละ')) {
    // A change is not a share: a reduction cannot exceed 100 % (all of it) but an increase can.
    if (/reduc|decreas/i.test(ind.nameEn)) return { min: -10_000, max: 100 };
    if (/increas|growth|expan|change/i.test(ind.nameEn)) return { min: -100, max: 10_000 };
    return { min: 0, max: 100 };
  }
  if (/baht/i.test(ind.unitEn) || ind.unitTh.includes('บาท')) {
    return { min: 0, max: /million/i.test(ind.unitEn) || ind.unitTh.includes('ล้าน') ? MAX_MILLION_BAHT : MAX_MILLION_BAHT * 1e6 };
  }
  const per = /^per ([\d,]+)/i.exec(ind.unitEn);
  if (per) return { min: 0, max: Number(per[1]!.replace(/,/g, '')) };
  if (/\b(people|persons?|cases?|places?|villages?|households?|times|units?|items?|projects?)\b/i.test(ind.unitEn) || /^(คน|ราย|แห่ง|ครั้ง|หมู่บ้าน|ครัวเรือน|โครงการ)/.test(ind.unitTh)) {
    return { min: 0, max: MAX_ANY };
  }
  return { min: -MAX_ANY, max: MAX_ANY };
}

/** Per indicator object (one per import context): the row loop checks up to four values per row. */
const ranges = new WeakMap<UnitFacts, ValueRange>();

const show = (v: number) => (Math.abs(v) >= 1e15 ? v.toExponential(2) : v.toLocaleString('en-US', { maximumFractionDigits: 6 }));

/**
 * A problem when `value` is outside the indicator's range, else null.
 *
 * @example
 * outOfRange(140, { kind: 'quantity', unitEn: 'percent', unitTh: 'ร้อยละ', nameEn: 'Percentage of …' }, 'result')
 * // { code: 'VALUE_OUT_OF_RANGE', th: 'ผลการดำเนินงาน 140 อยู่นอกช่วงที่เป็นไปได้ของหน่วย ร้อยละ (0 ถึง 100)', … }
 */
export function outOfRange(value: number, ind: UnitFacts, what: 'result' | 'target'): RuleProblem | null {
  let range = ranges.get(ind);
  if (!range) ranges.set(ind, (range = valueRangeOf(ind)));
  const { min, max } = range;
  if (Number.isFinite(value) && value >= min && value <= max) return null;
  const th = what === 'result' ? 'ผลการดำเนินงาน' : 'ค่าเป้าหมาย';
  return {
    code: 'VALUE_OUT_OF_RANGE',
    th: `${th} ${show(value)} อยู่นอกช่วงที่เป็นไปได้ของหน่วย ${ind.unitTh} (${show(min)} ถึง ${show(max)})`,
    en: `The ${what} ${show(value)} is outside what the unit "${ind.unitEn}" can hold (${show(min)} to ${show(max)}).`,
  };
}

/**
 * A free-text cell (note, component) as stored: controls, bidi and zero-width characters removed,
 * then normalised like any text cell; a problem when it is longer than its limit.
 *
 * @example
 * ruledText('ผล \u202Eดี\u0000', 'note') // { ok: true, value: 'ผล ดี' }
 */
export function ruledText(raw: RawCell, kind: 'note' | 'component'): { ok: true; value: string | null } | { ok: false; error: RuleProblem } {
  const value = parseOptionalText(typeof raw === 'string' ? stripInvisible(raw) : raw);
  const limit = textLimits[kind];
  if (value === null || value.length <= limit) return { ok: true, value };
  const th = kind === 'note' ? 'หมายเหตุ' : 'ชื่อองค์ประกอบ';
  return {
    ok: false,
    error: {
      code: 'TEXT_TOO_LONG',
      th: `${th}ยาว ${value.length.toLocaleString('en-US')} ตัวอักษร เกินกว่าที่กำหนด ${limit.toLocaleString('en-US')} ตัวอักษร`,
      en: `The ${kind === 'note' ? 'note' : 'component name'} is ${value.length.toLocaleString('en-US')} characters long; at most ${limit.toLocaleString('en-US')} are allowed.`,
    },
  };
}
