/** `npm run backup [-- <file>]`: a consistent snapshot of KPI_DB, safe while the server runs. */
import { loadConfig } from '../platform/config';
import { backupDatabase } from '../platform/db/backup';

const dest = process.argv[2];
backupDatabase(loadConfig().dbPath, dest).then(
  ({ path, pages }) => console.log(`สำรองข้อมูลแล้ว / Backed up ${pages} pages to ${path}`),
  (e) => {
    console.error(`สำรองข้อมูลไม่สำเร็จ / Backup failed: ${(e as Error).message}`);
    process.exit(1);
  },
);
