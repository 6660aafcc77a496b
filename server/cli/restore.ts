/** `npm run restore -- <file>`: checks the snapshot, saves the current database beside it, then restores. */
import { loadConfig } from '../platform/config';
import { restoreDatabase } from '../platform/db/backup';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run restore -- <backup.sqlite>');
  process.exit(2);
}
const { dbPath } = loadConfig();
restoreDatabase(file, dbPath).then(
  ({ savedCurrentAs }) => {
    if (savedCurrentAs) console.log(`ฐานข้อมูลเดิมเก็บไว้ที่ / The previous database was saved as ${savedCurrentAs}`);
    console.log(`กู้คืนข้อมูลแล้ว / Restored ${file} into ${dbPath}`);
  },
  (e) => {
    console.error(`กู้คืนไม่สำเร็จ ข้อมูลเดิมไม่ถูกเปลี่ยน / Restore failed, nothing changed: ${(e as Error).message}`);
    process.exit(1);
  },
);
