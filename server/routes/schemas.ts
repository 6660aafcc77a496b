/** Response and parameter schemas shared by several routes; the client's types derive from these. */
import { z } from '@hono/zod-openapi';
import { indicatorGroups } from '../../shared/reference';

export const YearParam = z.coerce.number().int().min(2500).max(2700).openapi({ param: { name: 'year', in: 'path' }, example: 2566 });
export const RoundParam = z.coerce
  .number()
  .int()
  .refine((n) => n === 6 || n === 12, { message: 'round must be 6 or 12 (months)' })
  .openapi({ param: { name: 'round', in: 'path' }, example: 6 });
export const IsoParam = z.string().regex(/^TH-\d{2}$/i, 'ISO 3166-2:TH code such as TH-15').openapi({ param: { name: 'iso', in: 'path' }, example: 'TH-15' });
export const CodeParam = z.string().regex(/^[A-Za-z]{2,4}-\d{2}$/, 'indicator code such as ECO-05').openapi({ param: { name: 'code', in: 'path' }, example: 'ECO-05' });

export const Status = z.enum(['notReported', 'belowMin', 'metMin', 'pending']);
export const Level = z.enum(['belowMin', 'min', 'std', 'adv']);
export const Targets = z.object({ min: z.number(), std: z.number(), adv: z.number() }).openapi('Targets');
export const Result = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('value'), value: z.number() }),
    z.object({ kind: z.literal('notReported') }),
    z.object({ kind: z.literal('pending') }),
    z.object({ kind: z.literal('missing') }).describe('No row was imported for this round; counted as not reported.'),
  ])
  .openapi('Result');
export const StatusCounts = z.object({ notReported: z.number().int(), belowMin: z.number().int(), metMin: z.number().int(), pending: z.number().int() }).openapi('StatusCounts');
export const LevelCounts = z.object({ belowMin: z.number().int(), min: z.number().int(), std: z.number().int(), adv: z.number().int() }).openapi('LevelCounts');

export const Indicator = z
  .object({
    code: z.string(),
    year: z.number().int(),
    seq: z.number().int(),
    nameTh: z.string(),
    nameEn: z.string(),
    group: z.enum(indicatorGroups),
    unitTh: z.string(),
    unitEn: z.string(),
    direction: z.enum(['higher', 'lower']),
    kind: z.enum(['quantity', 'level']),
    accumulates: z.boolean(),
    hasComponents: z.boolean(),
    componentLabelTh: z.string().nullable(),
    componentLabelEn: z.string().nullable(),
    example: z.boolean().describe('An example indicator filling a slot the source does not name; not an OPDC indicator.'),
    source: z.string(),
    provinceCount: z.number().int(),
  })
  .openapi('Indicator');

export const Province = z
  .object({
    iso: z.string(),
    code: z.string(),
    nameTh: z.string(),
    nameEn: z.string(),
    region: z.string(),
    cluster: z.string().nullable(),
    inMeasure: z.boolean(),
  })
  .openapi('Province');

export const Classified = {
  targets: Targets,
  result: Result,
  note: z.string().nullable(),
  status: Status,
  level: Level.nullable(),
  score: z.number().nullable(),
};

/** The classified fields without the province's note (read models that carry no notes). */
export const { note: _note, ...ClassifiedWithoutNote } = Classified;
