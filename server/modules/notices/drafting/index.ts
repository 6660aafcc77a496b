/**
 * Observation and national-recommendation drafting: facts → template (data) → text.
 * The template files are read and checked once, on first use.
 */
import { draft, type Draft } from './engine';
import { factValues, observationFactNames, type ObservationFacts } from './facts';
import { nationalFactNames, nationalFactValues, type NationalFacts } from './national';
import { nextStepFor } from './next-steps';
import { loadTemplateSet, type TemplateSet } from './templates';

export type { Draft } from './engine';
export { observationFacts, type ObservationFacts, type FactsInput, type ItemOutlookFacts, type Peers } from './facts';
export { nationalFacts, type NationalFacts } from './national';

export const PROVINCE_TEMPLATES = 'province.th.json';
export const NATIONAL_TEMPLATES = 'national.th.json';

let provinceSet: TemplateSet | undefined;
let nationalSet: TemplateSet | undefined;

export const provinceTemplates = () => (provinceSet ??= loadTemplateSet(PROVINCE_TEMPLATES, observationFactNames));
export const nationalTemplates = () => (nationalSet ??= loadTemplateSet(NATIONAL_TEMPLATES, nationalFactNames));

/**
 * @example
 * draftObservation(observationFacts({ status: 'belowMin', result: 449.21, targets: { min: 707.14, … }, … })).text
 * // 'ผลการดำเนินงาน รอบ 6 เดือน อยู่ที่ 449.21 ล้านบาท คิดเป็นร้อยละ 63.52 ของค่าเป้าหมายขั้นต้น …'
 */
export function draftObservation(facts: ObservationFacts): Draft {
  const nextStep = nextStepFor(facts);
  return draft(provinceTemplates(), { ...factValues(facts), nextStep, hasNextStep: nextStep !== null });
}

export const draftNational = (facts: NationalFacts): Draft => draft(nationalTemplates(), nationalFactValues(facts));
