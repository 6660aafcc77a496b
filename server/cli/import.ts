/**
 * `npm run import -- <file> [--dry-run] [--update-targets]`
 * Exit 0 when the file was imported (or the dry run found no problems), 1 when it was rejected, 2 on usage errors,
 * 3 when another import held the database past busy_timeout (nothing written; run it again).
 * stdout: the report for people; stderr: one JSON log line for the job (as the server's), at KPI_LOG_LEVEL.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { dataDir, loadConfig } from '../platform/config';
import { openDatabase } from '../platform/db/client';
import { readReferenceData, syncReferenceData } from '../modules/reference/load';
import { importFile } from '../modules/imports/pipeline';
import { safeFileName } from '../../shared/text-rules';
import { formatReport } from './format-report';
import { databaseBusyMessage, isDatabaseBusy } from '../platform/db/busy';
import { createLogger } from '../platform/log';
import { logImportJob } from '../modules/imports/import-log';

async function main(argv: string[]): Promise<number> {
  // --plan-hash=<hash from a dry run>: import only if the plan is still what the dry run showed.
  const expectedPlanHash = argv.find((a) => a.startsWith('--plan-hash='))?.slice('--plan-hash='.length);
  const flags = new Set(argv.filter((a) => a.startsWith('--') && !a.startsWith('--plan-hash=')));
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => !['--dry-run', '--update-targets'].includes(f));
  if (files.length !== 1 || unknown.length) {
    console.error('Usage: npm run import -- <file.xlsx|file.csv> [--dry-run] [--update-targets] [--plan-hash=<hash from the dry run>]');
    if (unknown.length) console.error(`Unknown option(s): ${unknown.join(', ')}`);
    return 2;
  }
  const path = files[0]!;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    console.error(`ไม่สามารถอ่านไฟล์ / Cannot read ${path}: ${(e as Error).message}`);
    return 2;
  }
  // The CLI never loads demo data nor creates accounts: it imports exactly the file it was given. So it
  // opens the store itself rather than through bootstrap.ts, which would load the account and demo
  // modules (argon2's native binding among them) only to skip them: start-up is most of a small import.
  const started = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    console.error((e as Error).message); // the list of what is wrong, not a stack
    return 2;
  }
  // stderr, so that stdout stays the report a person reads (or a script captures).
  const log = createLogger(config.logLevel, (line) => void process.stderr.write(`${line}\n`));
  const fileName = safeFileName(basename(path));
  const at = () => ({ fileName, bytes: bytes.length, dryRun: flags.has('--dry-run'), ms: performance.now() - started, userId: null, source: 'cli' as const });
  const db = openDatabase(config.dbPath);
  syncReferenceData(db, readReferenceData(dataDir));
  try {
    const report = await importFile(db, bytes, {
      fileName, // the CLI's name is stored and shown like an upload's
      dryRun: flags.has('--dry-run'),
      updateTargets: flags.has('--update-targets'),
      importedBy: `cli:${userInfo().username}`,
      source: 'cli',
      expectedPlanHash,
    });
    console.log(formatReport(report));
    logImportJob(log, { report }, at());
    return report.ok ? 0 : 1;
  } catch (e) {
    logImportJob(log, { report: null, error: { code: isDatabaseBusy(e) ? databaseBusyMessage.code : 'INTERNAL' } }, at());
    if (!isDatabaseBusy(e)) throw e;
    console.error(`${databaseBusyMessage.th}\n${databaseBusyMessage.en}`);
    return 3;
  } finally {
    db.$client.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
