/**
 * The import preview: every row a dry run would change, before → after, with the status and level
 * each side classifies to. The API, the CLI and the client's preview table all read this one shape.
 */
import { z } from 'zod';
import { Level, ReportedResult, Status, Targets } from './classification';
import { ItemNames } from './reference';

/** One side of a change: the result as stored (before) or as the file has it (after), classified. */
export const PreviewSide = z.object({
  result: ReportedResult,
  note: z.string().nullable(),
  targets: Targets,
  status: Status,
  level: Level.nullable(),
});
export type PreviewSide = z.infer<typeof PreviewSide>;

export const PreviewRow = ItemNames.extend({
  /** The row in the file (header is row 1). */
  row: z.number().int(),
  year: z.number().int(),
  round: z.number().int(),
  /** '' when the indicator has no components. */
  component: z.string(),
  /** `new`: nothing stored yet for this round; `changed`: the result, note or targets differ. */
  change: z.enum(['new', 'changed']),
  before: PreviewSide.nullable(),
  after: PreviewSide,
  targetsChanged: z.boolean(),
  statusChanged: z.boolean(),
  levelChanged: z.boolean(),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

/** Counts per province × indicator, in the order the table groups them. */
export const PreviewGroup = z.object({
  iso: z.string(),
  provinceTh: z.string(),
  provinceEn: z.string(),
  indicatorCode: z.string(),
  rows: z.number().int(),
  statusChanges: z.number().int(),
});
export type PreviewGroup = z.infer<typeof PreviewGroup>;

export const ImportPreview = z.object({
  /** Rows that would change, grouped by province then indicator; the first MAX_PREVIEW_ROWS of them. */
  rows: z.array(PreviewRow),
  rowsTotal: z.number().int(),
  statusChanges: z.number().int(),
  groups: z.array(PreviewGroup),
});
export type ImportPreview = z.infer<typeof ImportPreview>;
