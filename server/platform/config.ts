/**
 * Process configuration: every environment variable the server reads, parsed and checked here once;
 * a bad value stops the process with a readable list of what is wrong. Nothing else reads process.env.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { findProjectRoot } from './project-root';
import { logLevels, type LogLevel } from './log';

/** The checkout (or install) the server runs from, under tsx or bundled in dist/; `data/` there holds the reference data. */
export const projectRoot = findProjectRoot();
export const dataDir = join(projectRoot, 'data');

const Env = z.object({
  KPI_DB: z.string().min(1).default('data/kpi.sqlite'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  KPI_UPLOAD_LIMIT_MB: z.coerce.number().positive().max(200).default(20),
  KPI_DEMO: z.enum(['auto', 'off']).default('auto'),
  KPI_PDF_CONCURRENCY: z.coerce.number().int().min(1, 'a whole number from 1 to 16').max(16, 'a whole number from 1 to 16').optional(),
  KPI_CHROMIUM_PATH: z.string().min(1).optional(),
  /** 0: do not start Chromium at start-up (the test servers, which mostly never print). */
  KPI_WARM_BROWSER: z.enum(['0', '1']).default('1'),
  /** 1: log each notice print's phase timings (for bench/notice-bench.ts). */
  KPI_PDF_PHASES: z.enum(['0', '1']).default('0'),
  // The cover letter's sender, over data/letters/fy*.json (server/modules/notices/letter.ts).
  KPI_LETTER_REF_PREFIX: z.string().trim().min(1).optional(),
  KPI_LETTER_SIGNER_NAME: z.string().trim().min(1).optional(),
  KPI_LETTER_SIGNER_POSITION: z.string().trim().min(1).optional(),
  KPI_LETTER_UNIT: z.string().trim().min(1).optional(),
  KPI_LETTER_PHONE: z.string().trim().min(1).optional(),
  KPI_LETTER_EMAIL: z.string().trim().min(1).optional(),
  KPI_LETTER_GARUDA: z.string().trim().min(1).optional(),
  /** A folder of fy<year>.json letter templates, for wording kept outside the install (default data/letters). */
  KPI_LETTER_DIR: z.string().trim().min(1).optional(),
  /** 1: a reverse proxy (nginx, Caddy…) terminates HTTPS in front of us; believe its X-Forwarded-Proto/-For. */
  KPI_TRUST_PROXY: z.enum(['0', '1'], { message: '1 when a reverse proxy is in front, else 0' }).default('0'),
  KPI_LOG_LEVEL: z.enum(logLevels).default('info'),
  /** Data rows one import reads at most (server/modules/imports/pipeline/limits.ts). */
  KPI_IMPORT_MAX_ROWS: z.coerce.number().int().positive('a whole number above 0').default(200_000),
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
  /** Start Chromium in the background once the server listens, so the first PDF costs no launch. */
  warmBrowser: boolean;
  /** Log each notice print's phases as a `PDF phases {json}` line (the notice bench reads them). */
  pdfPhases: boolean;
  /** KPI_LETTER_* overrides of the cover letter's sender, by variable name. */
  letter: Partial<Record<LetterSetting, string>>;
  /**
   * A reverse proxy is in front: X-Forwarded-Proto decides whether the session cookie is Secure and
   * X-Forwarded-For names the client. Off by default, because without a proxy anyone can send these
   * headers (a forged "https" or a forged address that dodges the sign-in limit per address).
   */
  trustProxy: boolean;
  /** Threshold of the JSON log lines on stdout (server/platform/log.ts). */
  logLevel: LogLevel;
  /** Data rows one import reads at most; a larger file is refused (413 TOO_MANY_ROWS) while it is read. */
  importMaxRows: number;
}

const letterSettings = ['KPI_LETTER_REF_PREFIX', 'KPI_LETTER_SIGNER_NAME', 'KPI_LETTER_SIGNER_POSITION', 'KPI_LETTER_UNIT', 'KPI_LETTER_PHONE', 'KPI_LETTER_EMAIL', 'KPI_LETTER_GARUDA', 'KPI_LETTER_DIR'] as const;
export type LetterSetting = (typeof letterSettings)[number];

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
    warmBrowser: e.KPI_WARM_BROWSER === '1',
    pdfPhases: e.KPI_PDF_PHASES === '1',
    letter: Object.fromEntries(letterSettings.flatMap((k) => (e[k] ? [[k, e[k]]] : []))),
    trustProxy: e.KPI_TRUST_PROXY === '1',
    logLevel: e.KPI_LOG_LEVEL,
    importMaxRows: e.KPI_IMPORT_MAX_ROWS,
  };
}

let processWide: Config | undefined;

/** This process's configuration, parsed on first use (the browser launcher and the PDF pool read it). */
export function processConfig(): Config {
  return (processWide ??= loadConfig(process.env));
}
