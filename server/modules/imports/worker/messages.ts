/** What the server's thread and the import worker say to each other (structured-cloned, so plain data only). */
import type { ImportJob } from '../../../../shared/contracts/import-job';
import type { ImportReport } from '../../../../shared/contracts/import-report';
import type { ImportOptions, ImportProgress } from '../pipeline';

export interface WorkerRequest {
  id: string;
  bytes: Uint8Array;
  /** Without callbacks and clocks, which cannot cross a thread. */
  options: Omit<ImportOptions, 'onProgress' | 'now'>;
}

export type WorkerReply =
  | { id: string; type: 'progress'; progress: ImportProgress }
  | { id: string; type: 'done'; report: ImportReport }
  | { id: string; type: 'failed'; error: NonNullable<ImportJob['error']> };
