/**
 * Fills a template set with facts: picks the situation, then per slot the first variant whose facts
 * exist and whose conditions hold, and joins the sentences in the slots' order. Pure.
 */
import type { TemplateSet, TemplateVariant } from './templates';

export type FactValue = string | number | boolean | null;
export type FactValues = Readonly<Record<string, FactValue>>;

export interface Draft {
  situationId: string;
  /** `slot.variant` of every sentence used, in order. */
  sentenceIds: string[];
  /** The sentences, in order (the text joins them with a space, as Thai separates sentences). */
  sentences: string[];
  text: string;
}

const present = (v: FactValue | undefined) => v !== null && v !== undefined && v !== false && v !== '';

/** A numeric threshold kept in the template data, e.g. `{ "gte": 10 }`: only a number can meet it. */
type Range = { gte?: number; lt?: number };
const isRange = (w: unknown): w is Range => typeof w === 'object' && w !== null && !Array.isArray(w);
const inRange = (got: FactValue | undefined, r: Range) =>
  typeof got === 'number' && (r.gte === undefined || got >= r.gte) && (r.lt === undefined || got < r.lt);

function holds(cond: Record<string, unknown> | undefined, values: FactValues): boolean {
  if (!cond) return true;
  return Object.entries(cond).every(([k, want]) => {
    const got = values[k];
    if (isRange(want)) return inRange(got, want);
    return Array.isArray(want) ? want.includes(got) : got === want;
  });
}

const usable = (v: TemplateVariant, values: FactValues) => v.requires.every((r) => present(values[r])) && holds(v.when, values);

function fill(text: string, values: FactValues): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => String(values[name]));
}

/**
 * @example
 * draft(provinceTemplates, factValues(facts))
 * // → { situationId: 'belowMin.higher', sentenceIds: ['fact.share', …], text: 'ผลการดำเนินงาน รอบ 6 เดือน อยู่ที่ 449.21 ล้านบาท …' }
 */
export function draft(set: TemplateSet, values: FactValues): Draft {
  const situation = set.situations.find((s) => holds(s.match, values));
  if (!situation) throw new Error(`No drafting situation of "${set.id}" matches ${JSON.stringify(values)}`);
  const all: Record<string, FactValue> = { ...values };
  for (const [name, variants] of Object.entries(set.phrases)) {
    const v = variants.find((x) => usable(x, values));
    all[name] = v ? fill(v.text, values) : null;
  }
  const sentenceIds: string[] = [];
  const sentences: string[] = [];
  for (const slot of situation.slots) {
    const v = slot.variants.find((x) => usable(x, all));
    if (!v) continue;
    sentenceIds.push(`${slot.id}.${v.id}`);
    sentences.push(fill(v.text, all));
  }
  return { situationId: situation.id, sentenceIds, sentences, text: sentences.join(' ') };
}
