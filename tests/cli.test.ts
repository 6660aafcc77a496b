import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/platform/db/client';
import { projectRoot } from '../server/bootstrap';
import { csv, header, tableCounts } from './helpers/test-db';

const run = promisify(execFile);
let dir: string;
let dbPath: string;

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith({}, ...args);
}

async function cliWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(projectRoot, 'node_modules/.bin/tsx'), ['server/cli/import.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, KPI_DB: dbPath, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

function counts() {
  const db = openDatabase(dbPath);
  try {
    return tableCounts(db);
  } finally {
    db.$client.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kpi-cli-'));
  dbPath = join(dir, 'kpi.sqlite');
  writeFileSync(join(dir, 'good.csv'), csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '449.21', '']]));
  writeFileSync(
    join(dir, 'bad.csv'),
    csv([
      header,
      [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '600', ''],
      [2566, 6, 'อุตรธานี', 'SOC-01', '', 80, 85, 90, '12.3.4', ''],
    ]),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run import', () => {
  it('imports a good file (exit 0), and reports nothing changed the second time', async () => {
    const first = await cli(join(dir, 'good.csv'));
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Imported as batch 1');
    const again = await cli(join(dir, 'good.csv'));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing changed');
  });

  it('rejects a bad file with exit 1, row/column messages in Thai and English, and leaves the database unchanged', async () => {
    const before = counts();
    const res = await cli(join(dir, 'bad.csv'));
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('REJECTED');
    expect(res.stdout).toMatch(/แถว row 3, คอลัมน์ column จังหวัด\] ไม่พบจังหวัด "อุตรธานี" หมายถึง อุดรธานี/);
    expect(res.stdout).toMatch(/Unknown province "อุตรธานี"/);
    expect(res.stdout).toMatch(/แถว row 3, คอลัมน์ column ผลการดำเนินงาน\]/);
    expect(counts()).toEqual(before);
  });

  it('--dry-run writes nothing; usage errors exit 2', async () => {
    const before = counts();
    const dry = await cli(join(dir, 'bad.csv'), '--dry-run');
    expect(dry.code).toBe(1);
    expect(counts()).toEqual(before);
    expect((await cli()).code).toBe(2);
    expect((await cli(join(dir, 'good.csv'), '--force')).code).toBe(2);
    expect((await cli(join(dir, 'missing.csv'))).code).toBe(2);
  });

  it('--dry-run lists the row that would change, before → after with statuses; --plan-hash imports exactly it (issue 13)', async () => {
    writeFileSync(join(dir, 'better.csv'), csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '750', '']]));
    const dry = await cli(join(dir, 'better.csv'), '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Rows that would change: 1');
    expect(dry.stdout).toMatch(/อ่างทอง \(TH-15\) · ECO-05/);
    expect(dry.stdout).toMatch(/449\.21 → 750 .*ไม่ผ่านค่าเป้าหมายขั้นต้น \(ต่ำกว่าขั้นต้น\) → ผ่านค่าเป้าหมายขั้นต้น \(มาตรฐาน\)/);
    const hash = /--plan-hash=([0-9a-f]{64})/.exec(dry.stdout)![1]!;
    expect((await cli(join(dir, 'better.csv'), '--plan-hash=' + '0'.repeat(64))).code).toBe(1);
    const done = await cli(join(dir, 'better.csv'), `--plan-hash=${hash}`);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('Imported as batch');
  });
});

describe('npm run import: its JSON log line (issue 9)', () => {
  /** The JSON lines of a run's stderr (the report for people stays on stdout). */
  const jsonLines = (stderr: string) =>
    stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);

  it('writes one line per job with the fields of the server’s line: outcome, batch id, rows, ms', async () => {
    writeFileSync(join(dir, 'log-good.csv'), csv([header, [2566, 6, 'อ่างทอง', 'ECO-05', '', '707.14', '744.34', '802.25', '701', '']]));
    const res = await cliWith({ KPI_LOG_LEVEL: 'info' }, join(dir, 'log-good.csv'));
    expect(res.code).toBe(0);
    const lines = jsonLines(res.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'import', outcome: 'imported', ok: true, source: 'cli', fileName: 'log-good.csv', rows: 1, changed: 1, errors: 0, userId: null });
    expect(lines[0]!.batchId).toBeTypeOf('number');
    expect(lines[0]!.ms).toBeTypeOf('number');
    expect(Date.parse(lines[0]!.time as string)).not.toBeNaN();
    expect(res.stdout).not.toContain('"msg"'); // stdout is the report, not the log
  });

  it('a rejected file logs at warn with its first problem; KPI_LOG_LEVEL=warn keeps only that, =silent nothing', async () => {
    const rejected = await cliWith({ KPI_LOG_LEVEL: 'warn' }, join(dir, 'bad.csv'));
    expect(rejected.code).toBe(1);
    expect(jsonLines(rejected.stderr)).toEqual([expect.objectContaining({ level: 'warn', outcome: 'rejected', ok: false, batchId: null, errors: 2 })]);
    const quiet = await cliWith({ KPI_LOG_LEVEL: 'warn' }, join(dir, 'good.csv'));
    expect(quiet.code).toBe(0);
    expect(jsonLines(quiet.stderr)).toEqual([]);
    const silent = await cliWith({ KPI_LOG_LEVEL: 'silent' }, join(dir, 'bad.csv'));
    expect(jsonLines(silent.stderr)).toEqual([]);
  });
});
