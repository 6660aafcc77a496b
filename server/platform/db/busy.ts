/**
 * A database another connection holds locked past `busy_timeout` (an import by the CLI or another
 * server process): a clear "try again" for the user, never SQLITE_BUSY and a stack trace.
 */
import Database from 'better-sqlite3';

const BUSY_CODES = /^SQLITE_(BUSY|LOCKED)/;

/** True for SQLITE_BUSY, SQLITE_LOCKED and their extended codes (BUSY_SNAPSHOT, LOCKED_SHAREDCACHE…). */
export function isDatabaseBusy(e: unknown): boolean {
  return e instanceof Database.SqliteError && BUSY_CODES.test(e.code);
}

export const databaseBusyMessage = {
  code: 'DATABASE_BUSY',
  en: 'The database is busy with another import; nothing was written. Try again in a moment.',
  th: 'ฐานข้อมูลกำลังนำเข้าข้อมูลชุดอื่นอยู่ ยังไม่ได้บันทึกข้อมูลใด ๆ กรุณาลองใหม่อีกครั้ง',
} as const;
