/**
 * The shapes of classification: the notice's four statuses, the dashboard's levels, the three targets
 * and the one result type that travels from the import to the PDF. Declared once; the engine, the
 * Drizzle tables, the routes, the notice and the client all take them from here.
 */
import { z } from 'zod';
import { levels, statuses } from '../classification/values';

export { levels, statuses };

/** The notice's four statuses (product brief, "Statuses"). */
export const Status = z.enum(statuses).meta({ id: 'Status' });
export type Status = z.infer<typeof Status>;

/** Dashboard refinement of a numeric result: red / amber / green / dark green. */
export const Level = z.enum(levels).meta({ id: 'Level' });
export type Level = z.infer<typeof Level>;

/** The three targets of one province–indicator(–component) assignment. */
export const Targets = z.object({ min: z.number(), std: z.number(), adv: z.number() }).meta({ id: 'Targets' });
export type Targets = z.infer<typeof Targets>;
/** One of the three target fields, in the order min → std → adv. */
export type TargetField = keyof Targets;

/** What a results file can say for a row: a number, "not reported" or "pending" (stored in `results.kind`). */
export const ReportedResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('value'), value: z.number() }),
  z.object({ kind: z.literal('notReported') }),
  z.object({ kind: z.literal('pending') }),
]);
export type ReportedResult = z.infer<typeof ReportedResult>;
export const resultKinds = ['value', 'notReported', 'pending'] as const satisfies readonly ReportedResult['kind'][];

/**
 * A result as every view sees it. "Not reported", "pending" and "missing" are values, never null
 * (architecture habit 4); `missing` — no row was imported for the round — counts as not reported.
 */
export const Result = z
  .discriminatedUnion('kind', [...ReportedResult.options, z.object({ kind: z.literal('missing') }).describe('No row was imported for this round; counted as not reported.')])
  .meta({ id: 'Result' });
export type Result = z.infer<typeof Result>;

export const StatusCounts = z.object({ notReported: z.number().int(), belowMin: z.number().int(), metMin: z.number().int(), pending: z.number().int() }).meta({ id: 'StatusCounts' });
export type StatusCounts = z.infer<typeof StatusCounts>;
export const LevelCounts = z.object({ belowMin: z.number().int(), min: z.number().int(), std: z.number().int(), adv: z.number().int() }).meta({ id: 'LevelCounts' });
export type LevelCounts = z.infer<typeof LevelCounts>;

/** The classified fields every read model carries for one item. */
export const Classified = z.object({
  targets: Targets,
  result: Result,
  note: z.string().nullable(),
  status: Status,
  level: Level.nullable(),
  score: z.number().nullable(),
});
export type Classified = z.infer<typeof Classified>;
