/** Builds the client for end-to-end tests and the bench, unless dist/ is newer than every source file. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../server/bootstrap';

const sources = ['client', 'shared', 'data/map', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when dist/client was built after the last change to the client's sources. */
export function clientBuildIsFresh(): boolean {
  const index = join(projectRoot, 'dist/client/index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return sources.every((s) => !existsSync(join(projectRoot, s)) || newestMtime(join(projectRoot, s)) <= built);
}

/** Runs `vite build` (about 2 s) when needed; `force` always builds (the bench measures fresh output). */
export function ensureClientBuilt(force = false): void {
  if (!force && clientBuildIsFresh()) return;
  try {
    execFileSync(join(projectRoot, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: projectRoot, stdio: 'pipe', encoding: 'utf8' });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string };
    throw new Error(`vite build failed:\n${err.stderr || err.stdout || String(e)}`);
  }
}
