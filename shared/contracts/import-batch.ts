/**
 * Import batches as the import and audit pages list them, one batch's value-by-value changes, and the
 * answer to a rollback. A batch mirrors the `import_batches` row without its rollback columns
 * (server/platform/db/contracts.test.ts).
 */
import { z } from 'zod';

export const ImportSource = z.enum(['cli', 'api', 'demo']);
export type ImportSource = z.infer<typeof ImportSource>;

export const ImportBatch = z.object({
  id: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  importedBy: z.string(),
  source: ImportSource,
  createdAt: z.string(),
  rowsTotal: z.number().int(),
  rowsNew: z.number().int(),
  rowsChanged: z.number().int(),
  rowsUnchanged: z.number().int(),
  targetsNew: z.number().int(),
  targetsChanged: z.number().int(),
});
export type ImportBatch = z.infer<typeof ImportBatch>;

/** GET /api/imports: newest first. */
export const ImportBatchList = z.object({ batches: z.array(ImportBatch) });
export type ImportBatchList = z.infer<typeof ImportBatchList>;

/** One value a batch wrote, as stored (the audit page's `ReadableChange` puts it in words). */
export const BatchChange = z.object({
  kind: z.enum(['result', 'target']),
  iso: z.string(),
  indicatorCode: z.string(),
  component: z.string().nullable(),
  year: z.number().int(),
  round: z.number().int().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type BatchChange = z.infer<typeof BatchChange>;

/** GET /api/imports/{id}/changes. */
export const BatchChanges = z.object({ batchId: z.number().int(), changes: z.array(BatchChange) });
export type BatchChanges = z.infer<typeof BatchChanges>;

const Undone = z.object({ restored: z.number().int(), removed: z.number().int() });

/** POST /api/imports/{id}/rollback: how many results and targets went back to their previous value, or away. */
export const Rollback = z.object({ batchId: z.number().int(), results: Undone, targets: Undone });
export type Rollback = z.infer<typeof Rollback>;
