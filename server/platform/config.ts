/** Process configuration, parsed once at start-up; a bad value stops the process with a readable list. */
import { z } from 'zod';

const Env = z.object({
  KPI_DB: z.string().min(1).default('data/kpi.sqlite'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  KPI_UPLOAD_LIMIT_MB: z.coerce.number().positive().max(200).default(20),
  KPI_DEMO: z.enum(['auto', 'off']).default('auto'),
});

export interface Config {
  dbPath: string;
  port: number;
  host: string;
  uploadLimitBytes: number;
  /** auto: load the demo data when the database holds no results. */
  demo: 'auto' | 'off';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return { dbPath: e.KPI_DB, port: e.PORT, host: e.HOST, uploadLimitBytes: e.KPI_UPLOAD_LIMIT_MB * 1024 * 1024, demo: e.KPI_DEMO };
}
