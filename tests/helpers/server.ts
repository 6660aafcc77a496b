/**
 * A real server process on a free loopback port: by default `server/main.ts` on a fresh database in
 * a temp folder (migrations, reference data and demo data load as in production). Run as node itself
 * (not through the tsx wrapper), so `pid` is the server's own process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../server/bootstrap';

export interface RunningServer {
  baseUrl: string;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** The entry script, relative to the project (default server/main.ts). */
  script?: string;
  /** The database file; default a fresh one in a temp folder, removed on stop. */
  dbPath?: string;
  env?: Record<string, string>;
}

export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const dir = opts.dbPath ? null : mkdtempSync(join(tmpdir(), 'kpi-server-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', opts.script ?? 'server/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, KPI_DB: opts.dbPath ?? join(dir!, 'kpi.sqlite'), PORT: '0', HOST: '127.0.0.1', KPI_WARM_BROWSER: '0', KPI_LOG_LEVEL: 'warn', ...opts.env },
  });
  let output = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const m = /http:\/\/localhost:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    baseUrl,
    pid: child.pid!,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
