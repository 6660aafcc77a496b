/**
 * `npm run audit:verify`: walks the hash chains of the audit trail and the issued notices in KPI_DB and
 * names the first row that does not verify. Exit code 0 when both hold, 1 when one is broken.
 */
import { loadConfig } from '../platform/config';
import { openDatabase } from '../platform/db/client';
import { verifyChains } from '../platform/db/chain';

const db = openDatabase(loadConfig().dbPath);
try {
  const { ok, tables } = verifyChains(db);
  for (const t of tables) {
    if (t.broken) console.log(`${t.table}: เสียหายที่แถวรหัส ${t.broken.id}: ${t.broken.reasonTh} / BROKEN at row id ${t.broken.id}: ${t.broken.reason}`);
    else console.log(`${t.table}: ครบถ้วน ${t.rows} แถว / intact, ${t.rows} rows, head ${t.head ?? '(empty)'}`);
  }
  process.exitCode = ok ? 0 : 1;
} finally {
  db.$client.close();
}
