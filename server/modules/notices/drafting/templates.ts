/**
 * Drafting templates are data (data/observation-templates/*.json), never strings in code. This module
 * gives their shape and checks every file on load: a sentence may only use placeholders it lists in
 * `requires`, and only facts the drafting code provides, so a sentence is used only when its facts exist.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataDir } from '../../../platform/config';

const Scalar = z.union([z.string(), z.number(), z.boolean()]);
/** A value, a list of allowed values, or a numeric threshold (`{ "gte": 10 }`, `{ "lt": 10 }`). */
const Range = z.object({ gte: z.number().optional(), lt: z.number().optional() }).strict();
const Condition = z.record(z.string(), z.union([Scalar, z.array(Scalar), Range]));

export const TemplateVariant = z.object({
  id: z.string().min(1),
  /** Facts that must be present (not null, not false, not empty) for this variant to be used. */
  requires: z.array(z.string()),
  /** Facts that must equal a value (or one of a list). */
  when: Condition.optional(),
  /** Thai text with `{placeholder}`s; digits are Arabic and become Thai on display. */
  text: z.string().min(1),
});
export type TemplateVariant = z.infer<typeof TemplateVariant>;

export const TemplateSlot = z.object({
  id: z.string().min(1),
  /** The seed's order: what was done → what to do → why. */
  purpose: z.enum(['done', 'todo', 'why']),
  /** The first variant whose conditions hold is used; when none holds the slot is left out. */
  variants: z.array(TemplateVariant).min(1),
});

export const TemplateSituation = z.object({
  id: z.string().min(1),
  description: z.string(),
  match: Condition,
  slots: z.array(TemplateSlot).min(1),
});
export type TemplateSituation = z.infer<typeof TemplateSituation>;

export const TemplateSet = z.object({
  id: z.string(),
  language: z.literal('th'),
  description: z.string(),
  source: z.string(),
  /** Reusable phrases, resolved like slots and usable as placeholders. */
  phrases: z.record(z.string(), z.array(TemplateVariant).min(1)),
  situations: z.array(TemplateSituation).min(1),
});
export type TemplateSet = z.infer<typeof TemplateSet>;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * Every problem with a template set, given the fact names the drafting code provides.
 * Empty when the set is usable.
 */
export function checkTemplateSet(set: TemplateSet, factNames: readonly string[]): string[] {
  const problems: string[] = [];
  const known = new Set([...factNames, ...Object.keys(set.phrases)]);
  const checkVariant = (where: string, v: TemplateVariant, names: Set<string>) => {
    for (const p of placeholders(v.text)) if (!v.requires.includes(p)) problems.push(`${where}: {${p}} is not in requires`);
    for (const r of v.requires) if (!names.has(r)) problems.push(`${where}: requires unknown fact "${r}"`);
    for (const k of Object.keys(v.when ?? {})) if (!names.has(k)) problems.push(`${where}: condition on unknown fact "${k}"`);
  };
  const factSet = new Set(factNames);
  for (const [name, variants] of Object.entries(set.phrases)) {
    // Phrases use facts only (not other phrases), so resolving them needs no ordering.
    for (const v of variants) checkVariant(`phrase ${name}.${v.id}`, v, factSet);
  }
  const ids = new Set<string>();
  for (const s of set.situations) {
    if (ids.has(s.id)) problems.push(`situation ${s.id} is defined twice`);
    ids.add(s.id);
    for (const k of Object.keys(s.match)) if (!known.has(k)) problems.push(`situation ${s.id}: match on unknown fact "${k}"`);
    for (const slot of s.slots) for (const v of slot.variants) checkVariant(`${s.id}/${slot.id}.${v.id}`, v, known);
  }
  return problems;
}

/** Reads and checks a template file from data/observation-templates; throws with every problem. */
export function loadTemplateSet(fileName: string, factNames: readonly string[], dir = join(dataDir, 'observation-templates')): TemplateSet {
  const path = join(dir, fileName);
  const parsed = TemplateSet.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const problems = checkTemplateSet(parsed.data, factNames);
  if (problems.length) throw new Error(`${path}:\n  ${problems.join('\n  ')}`);
  return parsed.data;
}
