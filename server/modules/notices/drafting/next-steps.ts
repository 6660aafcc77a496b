/**
 * Next steps per indicator (data/observation-templates/next-steps/fy<year>.json): the sentence that
 * ends an observation, specific to the indicator and to whether the item is below or above the
 * minimum. A year or indicator without one gets the situation's generic sentence instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataDir } from '../../../platform/config';
import type { ObservationFacts } from './facts';

const Steps = z.object({ below: z.string().min(1).optional(), met: z.string().min(1).optional(), adv: z.string().min(1).optional() }).strict();
export const NextStepsFile = z.object({
  description: z.string(),
  source: z.string(),
  year: z.number().int(),
  indicators: z.record(z.string(), Steps),
});
export type NextStepsFile = z.infer<typeof NextStepsFile>;

const files = new Map<number, NextStepsFile | null>();

export function nextStepsFile(year: number, dir = join(dataDir, 'observation-templates', 'next-steps')): NextStepsFile | null {
  if (!files.has(year)) {
    const path = join(dir, `fy${year}.json`);
    if (!existsSync(path)) files.set(year, null);
    else {
      const parsed = NextStepsFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      files.set(year, parsed.data);
    }
  }
  return files.get(year)!;
}

/** The indicator's next step for this item's status, or null (not reported and pending items have their own). */
export function nextStepFor(f: Pick<ObservationFacts, 'year' | 'status' | 'level' | 'indicator'>): string | null {
  const steps = nextStepsFile(f.year)?.indicators[f.indicator.code];
  if (!steps) return null;
  if (f.status === 'belowMin') return steps.below ?? null;
  if (f.status === 'metMin') return (f.level === 'adv' ? steps.adv ?? steps.met : steps.met) ?? null;
  return null;
}
