import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { recordAudit } from '../audit/audit.record';
import { passwordProblem, verifyPassword } from './passwords';
import { throttleKeys } from './rate-limit';
import { createSession, deleteSession, deleteUserSessions, SESSION_HOURS } from './sessions';
import { findUserByUsername, setPassword, type User } from './users';
import { clientIp, isHttps, SESSION_COOKIE } from '../../platform/http/auth';
import { ApiError } from '../../platform/http/errors';
import type { AppEnv } from '../../platform/http/env';
import type * as routes from './auth.routes';

const meBody = (u: User, csrfToken: string) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  provinceIso: u.provinceIso,
  mustChangePassword: u.mustChangePassword,
  csrfToken,
});

// argon2 cost is paid even for unknown users, so timing does not reveal which usernames exist.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$bcpdgDLtYErwTxFBrdx4dQ$ZR/NGEZj80OQ1ExCFBCxwRxjVx6A0hKDqXoxtpfa5Xs';

/** 429 with Retry-After while the throttle (./rate-limit.ts) makes these keys wait. */
function refuseWhileThrottled(c: Context<AppEnv>, keys: string[]): void {
  const wait = c.var.loginLimiter.retryAfter(keys);
  if (wait <= 0) return;
  c.header('Retry-After', String(wait));
  const span = wait < 60 ? { en: `${wait} second(s)`, th: `${wait} วินาที` } : { en: `${Math.ceil(wait / 60)} minute(s)`, th: `${Math.ceil(wait / 60)} นาที` };
  throw new ApiError(429, 'TOO_MANY_ATTEMPTS', `Too many wrong passwords; try again in ${span.en}.`, `ใส่รหัสผ่านไม่ถูกต้องหลายครั้งเกินไป กรุณาลองใหม่ในอีก ${span.th}`);
}

export const login: RouteHandler<typeof routes.login, AppEnv> = async (c) => {
  const { username, password } = c.req.valid('json');
  const db = c.var.db;
  const ip = clientIp(c);
  const key = throttleKeys(username, ip);
  const keys = [key.pair, key.address];
  const loginLimiter = c.var.loginLimiter;
  refuseWhileThrottled(c, keys);
  const user = findUserByUsername(db, username);
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok || !user.active) {
    loginLimiter.fail(keys);
    recordAudit(db, { actorId: null, actorUsername: username.slice(0, 100), action: 'auth.login_failed', entityType: 'user', entityId: user?.id ?? null, ip });
    throw new ApiError(401, 'BAD_CREDENTIALS', 'Wrong username or password.', 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
  }
  loginLimiter.succeed(key.pair);
  const session = createSession(db, user.id);
  setSessionCookie(c, session.token);
  recordAudit(db, { actorId: user.id, actorUsername: user.username, action: 'auth.login', entityType: 'user', entityId: user.id, ip });
  return c.json(meBody(user, session.csrfToken), 200);
};

function setSessionCookie(c: Context, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

export const logout: RouteHandler<typeof routes.logout, AppEnv> = (c) => {
  const s = c.var.session!;
  deleteSession(c.var.db, s.tokenHash);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  recordAudit(c.var.db, { actorId: s.user.id, actorUsername: s.user.username, action: 'auth.logout', entityType: 'user', entityId: s.user.id, ip: clientIp(c) });
  return c.json({ ok: true as const }, 200);
};

export const me: RouteHandler<typeof routes.me, AppEnv> = (c) => {
  const s = c.var.session;
  if (!s) throw new ApiError(401, 'UNAUTHENTICATED', 'Not signed in.', 'ยังไม่ได้เข้าสู่ระบบ');
  return c.json(meBody(s.user, s.csrfToken), 200);
};

export const password: RouteHandler<typeof routes.password, AppEnv> = async (c) => {
  const { currentPassword, newPassword } = c.req.valid('json');
  const s = c.var.session!;
  const db = c.var.db;
  const stored = findUserByUsername(db, s.user.username)!;
  // A stolen session must not become a way to guess the password: the sign-in throttle applies.
  const key = throttleKeys(s.user.username, clientIp(c));
  refuseWhileThrottled(c, [key.pair, key.address]);
  if (!(await verifyPassword(stored.passwordHash, currentPassword))) {
    c.var.loginLimiter.fail([key.pair, key.address]);
    throw new ApiError(401, 'BAD_CREDENTIALS', 'The current password is wrong.', 'รหัสผ่านปัจจุบันไม่ถูกต้อง');
  }
  const problem = passwordProblem(newPassword);
  if (problem) throw new ApiError(422, 'WEAK_PASSWORD', problem.en, problem.th);
  // Checked against the stored hash, so a changed-but-identical password cannot pass a forced change.
  if (await verifyPassword(stored.passwordHash, newPassword)) {
    throw new ApiError(422, 'PASSWORD_REUSED', 'The new password must differ from the current one.', 'รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านปัจจุบัน');
  }
  c.var.loginLimiter.succeed(key.pair);
  await setPassword(db, s.user.id, newPassword, false);
  deleteUserSessions(db, s.user.id, s.tokenHash); // other devices must sign in again
  recordAudit(db, { actorId: s.user.id, actorUsername: s.user.username, action: 'user.password_changed', entityType: 'user', entityId: s.user.id, ip: clientIp(c) });
  return c.json({ ok: true as const }, 200);
};
