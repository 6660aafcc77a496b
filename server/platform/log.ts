/**
 * Structured logs: one JSON object per line on stdout (what journald, Docker and every log shipper
 * read without a parser), with a level threshold from KPI_LOG_LEVEL. A tiny logger of our own
 * rather than pino: we write a few fields per request and per job, and a dependency would be one
 * more thing a production install has to carry.
 *
 * Secrets never reach a line: fields whose names look like a password, cookie, token or secret are
 * replaced by "[redacted]" here, whatever a caller passes.
 */
export const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const SECRET = /pass|cookie|token|secret|authori[sz]ation|csrf/i;

const toStdout = (line: string) => void process.stdout.write(`${line}\n`);

/**
 * A logger that writes lines at `level` and above to `write` (stdout by default).
 *
 * @example
 * const log = createLogger('info');
 * log.info('request', { method: 'GET', route: '/api/health', status: 200, ms: 1.2, userId: null });
 * // {"time":"2026-12-01T03:40:00.000Z","level":"info","msg":"request","method":"GET",…}
 */
export function createLogger(level: LogLevel, write: (line: string) => void = toStdout): Logger {
  const threshold = rank[level];
  const emit = (at: Exclude<LogLevel, 'silent'>) => (msg: string, fields: LogFields = {}) => {
    if (rank[at] < threshold) return;
    const line: Record<string, unknown> = { time: new Date().toISOString(), level: at, msg };
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) line[k] = SECRET.test(k) ? '[redacted]' : v;
    write(JSON.stringify(line));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** Writes nothing (tests, and callers that were given no logger). */
export const silentLogger: Logger = createLogger('silent');
