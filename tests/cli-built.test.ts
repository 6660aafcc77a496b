/**
 * `npm run import` as users run it: scripts/cli.mjs running the built tool under plain node (issue 10).
 * The tools are bundled with zod and drizzle-orm (scripts/build.mjs, buildCliTools), so a small import
 * loads from node_modules only better-sqlite3 — checked with a module-load hook that lists every file
 * node's loader reads — and still imports, rejects and reads the database as the sources do.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from '../scripts/build.mjs';
import { openDatabase } from '../server/platform/db/client';
import { csv, header } from './helpers/test-db';

const run = promisify(execFile);
let dir: string;

/** Runs `node [--import hook] scripts/cli.mjs <args>`; resolves with the exit code and both streams. */
async function builtCli(env: Record<string, string>, nodeArgs: string[], ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [...nodeArgs, 'scripts/cli.mjs', ...args], { cwd: root, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** The packages under node_modules that the loader read, from the hook's `loaded:` lines. */
const packagesLoaded = (stderr: string) =>
  new Set(
    stderr
      .split('\n')
      .filter((l) => l.startsWith('loaded: '))
      .map((l) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(l)?.[1])
      .filter((p): p is string => !!p),
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kpi-cli-built-'));
  await ensureBuilt(['server'], { log: () => {} });
  writeFileSync(join(dir, 'good.csv'), csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '449.21', '']]));
  writeFileSync(join(dir, 'bad.csv'), csv([header, [2566, 6, 'อุตรธานี', 'SOC-01', '', 80, 85, 90, '12.3.4', '']]));
  // A loader hook (node:module register) that names every module node loads, on stderr.
  writeFileSync(join(dir, 'hooks.mjs'), `export async function load(url, context, next) { if (url.startsWith('file:')) process.stderr.write('loaded: ' + url + '\\n'); return next(url, context); }\n`);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built import tool (node scripts/cli.mjs import)', () => {
  it('imports a CSV into a fresh database loading only better-sqlite3 from node_modules (no zod, drizzle-orm or exceljs files)', async () => {
    const dbPath = join(dir, 'kpi.sqlite');
    const res = await builtCli({ KPI_DB: dbPath, KPI_LOG_LEVEL: 'silent' }, ['--import', join(dir, 'register.mjs')], 'import', join(dir, 'good.csv'));
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Imported as batch 1');
    const loaded = packagesLoaded(res.stderr);
    expect(loaded.has('better-sqlite3')).toBe(true); // the hook did see node_modules
    expect([...loaded].filter((p) => p !== 'better-sqlite3')).toEqual([]);
    const db = openDatabase(dbPath);
    try {
      const row = db.$client
        .prepare(`select r.value from results r join assignments a on a.id = r.assignment_id join indicators i on i.id = a.indicator_id where a.province_iso = 'TH-15' and i.code = 'ECO-05'`)
        .get() as { value: number } | undefined;
      expect(row?.value).toBe(449.21);
    } finally {
      db.$client.close();
    }
  }, 60_000);

  it('a bad setting stops it with exit 2 and the list of what is wrong, not a stack', async () => {
    const res = await builtCli({ KPI_DB: join(dir, 'cfg.sqlite'), KPI_PDF_CONCURRENCY: 'many' }, [], 'import', join(dir, 'good.csv'));
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/Invalid configuration:\n\s+- KPI_PDF_CONCURRENCY: /);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('rejects a bad file with exit 1 and the row/column reason in Thai and English, as the sources do', async () => {
    const res = await builtCli({ KPI_DB: join(dir, 'bad.sqlite'), KPI_LOG_LEVEL: 'silent' }, [], 'import', join(dir, 'bad.csv'));
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/แถว row 2, คอลัมน์ column จังหวัด\] ไม่พบจังหวัด "อุตรธานี"/);
    expect(res.stdout).toMatch(/Unknown province "อุตรธานี"/);
  }, 60_000);
});
