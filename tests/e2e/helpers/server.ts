/**
 * The real server (`tsx server/main.ts`) on a fresh database in a temp folder, on a free port, as
 * tests/start.test.ts does: migrations, reference data and the demo data load as in production.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../../server/bootstrap';

export interface RunningServer {
  baseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

export async function startServer(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-e2e-'));
  const child: ChildProcess = spawn(join(projectRoot, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, KPI_DB: join(dir, 'kpi.sqlite'), PORT: '0', HOST: '127.0.0.1' },
  });
  let output = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
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
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
