/**
 * Foreign-key enforcement off for one bulk write, for writers that guarantee their keys themselves.
 *
 * With enforcement on, SQLite looks up the parent row of every foreign key of every row written: for an
 * import, four look-ups per new assignment and three per new result. On the bench's 100,000-row CSV that
 * was 1.1 of 8.6 µs per row (`npm run bench`, "Import per row … vs sqlite3 .import"). The import's
 * commit writes only keys it has just inserted or read under the same write lock, and checks the
 * reference rows it names (years, rounds, provinces, indicators) inside that transaction itself
 * (plan.ts, `referencesGone`), so the look-ups prove nothing it has not proved.
 */
import type { Db } from './client';

/**
 * Runs `write` (which opens its own transaction) with this connection's foreign-key checks off, and
 * turns them on again whatever happens. Inside an open transaction SQLite ignores the pragma, so
 * there `write` simply runs with the checks on.
 *
 * @example withoutForeignKeyChecks(db, () => db.$client.transaction(() => commit()).immediate());
 */
export function withoutForeignKeyChecks<T>(db: Db, write: () => T): T {
  const s = db.$client;
  if (s.inTransaction) return write();
  s.pragma('foreign_keys = OFF');
  try {
    return write();
  } finally {
    s.pragma('foreign_keys = ON');
  }
}
