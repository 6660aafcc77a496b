/**
 * Process configuration: every environment variable the server reads, parsed and checked here once;
 * a bad value stops the process with a readable list of what is wrong. Nothing else reads process.env.
 */
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The checkout (or install) the server runs from; `data/` beside the code holds the reference data. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const dataDir = join(projectRoot, 'data');

const Env = z.object({
  KPI_DB: z.string().min(1).default('data/kpi.sqlite'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  KPI_UPLOAD_LIMIT_MB: z.coerce.number().positive().max(200).default(20),
  KPI_DEMO: z.enum(['auto', 'off']).default('auto'),
  KPI_PDF_CONCURRENCY: z.coerce.number().int().min(1, 'a whole number from 1 to 16').max(16, 'a whole number from 1 to 16').optional(),
  KPI_CHROMIUM_PATH: z.string().min(1).optional(),
});

export interface Config {
  dbPath: string;
  port: number;
  host: string;
  uploadLimitBytes: number;
  /** auto: load the demo data when the database holds no results. */
  demo: 'auto' | 'off';
  /** Notice PDFs rendered at once by the shared browser: KPI_PDF_CONCURRENCY, else 2–4 by CPU count. */
  pdfConcurrency: number;
  /** A system Chromium for PDFs (else /usr/bin/chromium when present, else the @sparticuz/chromium binary). */
  chromiumPath: string | null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    dbPath: e.KPI_DB,
    port: e.PORT,
    host: e.HOST,
    uploadLimitBytes: e.KPI_UPLOAD_LIMIT_MB * 1024 * 1024,
    demo: e.KPI_DEMO,
    pdfConcurrency: e.KPI_PDF_CONCURRENCY ?? Math.max(2, Math.min(4, availableParallelism())),
    chromiumPath: e.KPI_CHROMIUM_PATH ?? null,
  };
}

let processWide: Config | undefined;

/** This process's configuration, parsed on first use (the browser launcher and the PDF pool read it). */
export function processConfig(): Config {
  return (processWide ??= loadConfig(process.env));
}
