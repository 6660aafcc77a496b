/**
 * Server-side sessions. The cookie holds a random token; the database keeps only its sha256, with a
 * per-session CSRF token that the client echoes in a header on every state-changing request.
 */
import { prepared } from '../../platform/db/statements';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../platform/db/client';
import { toUser, userColumns, type User, type UserRow } from './users';

export const SESSION_HOURS = 12;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function createSession(db: Db, userId: number, now = new Date()): { token: string; csrfToken: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  db.$client
    .prepare('insert into sessions (token_hash, user_id, csrf_token, created_at, expires_at) values (?, ?, ?, ?, ?)')
    .run(sha256(token), userId, csrfToken, now.toISOString(), expiresAt.toISOString());
  return { token, csrfToken, expiresAt };
}

export interface ActiveSession {
  user: User;
  csrfToken: string;
  tokenHash: string;
}

export function findSession(db: Db, token: string, now = new Date()): ActiveSession | null {
  const tokenHash = sha256(token);
  // One query on every request: the session and its user together.
  const row = prepared(
    db,
    `select ${userColumns}, s.csrf_token as csrfToken, s.expires_at as expiresAt
     from sessions s join users on users.id = s.user_id where s.token_hash = ?`,
  ).get(tokenHash) as (UserRow & { csrfToken: string; expiresAt: string }) | undefined;
  if (!row) return null;
  if (row.expiresAt <= now.toISOString()) {
    prepared(db, 'delete from sessions where token_hash = ?').run(tokenHash);
    return null;
  }
  const { csrfToken, expiresAt: _e, ...userRow } = row;
  const user = toUser(userRow);
  if (!user.active) return null;
  return { user, csrfToken, tokenHash };
}

export function deleteSession(db: Db, tokenHash: string): void {
  prepared(db, 'delete from sessions where token_hash = ?').run(tokenHash);
}

export function deleteUserSessions(db: Db, userId: number, exceptTokenHash?: string): void {
  prepared(db, 'delete from sessions where user_id = ? and token_hash != ?').run(userId, exceptTokenHash ?? '');
}

/** Constant-time comparison of the CSRF header with the session's token. */
export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
