/**
 * Server-side sessions. The cookie holds a random token; the database keeps only its sha256, with a
 * per-session CSRF token that the client echoes in a header on every state-changing request.
 */
import { and, eq, ne, sql } from 'drizzle-orm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../platform/db/client';
import { sessions, users } from '../../platform/db/schema/auth';
import { userFields, type User } from './users';

export const SESSION_HOURS = 12;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function createSession(db: Db, userId: number, now = new Date()): { token: string; csrfToken: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  db.insert(sessions).values({ tokenHash: sha256(token), userId, csrfToken, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() }).run();
  return { token, csrfToken, expiresAt };
}

export interface ActiveSession {
  user: User;
  csrfToken: string;
  tokenHash: string;
}

export function findSession(db: Db, token: string, now = new Date()): ActiveSession | null {
  const tokenHash = sha256(token);
  // One query on every request: the session and its user together (prepared once per connection).
  const row = sessionStatement(db).get({ tokenHash });
  if (!row) return null;
  if (row.expiresAt <= now.toISOString()) {
    deleteSession(db, tokenHash);
    return null;
  }
  const { csrfToken, expiresAt: _e, ...user } = row;
  if (!user.active) return null;
  return { user, csrfToken, tokenHash };
}

export function deleteSession(db: Db, tokenHash: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
}

export function deleteUserSessions(db: Db, userId: number, exceptTokenHash?: string): void {
  db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, exceptTokenHash ?? ''))).run();
}

const sessionStatements = new WeakMap<Db, ReturnType<typeof prepareSession>>();
function prepareSession(db: Db) {
  return db
    .select({ ...userFields, csrfToken: sessions.csrfToken, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare();
}
const sessionStatement = (db: Db) => sessionStatements.get(db) ?? sessionStatements.set(db, prepareSession(db)).get(db)!;

/** Constant-time comparison of the CSRF header with the session's token. */
export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
