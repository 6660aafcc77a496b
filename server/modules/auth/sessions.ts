/**
 * Server-side sessions. The cookie holds a random token; the database keeps only its sha256, with a
 * per-session CSRF token that the client echoes in a header on every state-changing request.
 */
import { and, eq, ne, sql } from 'drizzle-orm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../platform/db/client';
import { dataVersion } from '../../platform/db/data-version';
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
  /** When the session ends (ISO 8601); past it the session is refused and deleted. */
  expiresAt: string;
}

/**
 * Sessions as last read, by cookie token, valid while the database's data version stands: signing
 * out, a password change, a user edited or deactivated are all commits, by this process or another,
 * and any commit moves the data version (PRAGMA data_version), which empties this memo. So a
 * session revoked through a second connection is refused on the very next request, and a read
 * costs one pragma instead of a hash and a join.
 */
const remembered = new WeakMap<Db, { version: string; byToken: Map<string, ActiveSession | null> }>();
const MAX_REMEMBERED = 10_000;

export function findSession(db: Db, token: string, now = new Date()): ActiveSession | null {
  const version = dataVersion(db);
  let memo = remembered.get(db);
  if (!memo || memo.version !== version) remembered.set(db, (memo = { version, byToken: new Map() }));
  let session = memo.byToken.get(token);
  if (session === undefined) {
    session = readSession(db, token);
    if (memo.byToken.size >= MAX_REMEMBERED) memo.byToken.clear();
    memo.byToken.set(token, session);
  }
  if (!session) return null;
  // Expiry is a matter of time, not of data: checked on every request.
  if (session.expiresAt <= now.toISOString()) {
    deleteSession(db, session.tokenHash);
    return null;
  }
  return session.user.active ? session : null;
}

function readSession(db: Db, token: string): ActiveSession | null {
  const tokenHash = sha256(token);
  // The session and its user together (prepared once per connection).
  const row = sessionStatement(db).get({ tokenHash });
  if (!row) return null;
  const { csrfToken, expiresAt, ...user } = row;
  return { user, csrfToken, tokenHash, expiresAt };
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
