import type { RouteHandler } from '@hono/zod-openapi';
import { recordAudit } from '../audit/audit.record';
import { randomPassword } from '../auth/passwords';
import { deleteUserSessions } from '../auth/sessions';
import { createUser, findUser, findUserByUsername, listUsers, setPassword, updateUser, type User } from '../auth/users';
import { findProvince } from '../rounds/rounds.queries';
import type { Db } from '../../platform/db/client';
import { clientIp } from '../../platform/http/auth';
import { ApiError, notFound } from '../../platform/http/errors';
import type { AppEnv } from '../../platform/http/env';
import type * as routes from './users.routes';

function checkProvince(db: Db, role: User['role'], iso: string | null | undefined) {
  if (role === 'province') {
    const p = iso ? findProvince(db, iso) : undefined;
    if (!p || !p.inMeasure) throw new ApiError(422, 'PROVINCE_REQUIRED', 'A province user needs a province in the measure.', 'ผู้ใช้ระดับจังหวัดต้องระบุจังหวัดที่อยู่ในมาตรการ');
  }
}

export const list: RouteHandler<typeof routes.list, AppEnv> = (c) => c.json({ users: listUsers(c.var.db) }, 200);

export const create: RouteHandler<typeof routes.create, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const db = c.var.db;
  if (findUserByUsername(db, body.username)) throw new ApiError(409, 'USERNAME_TAKEN', 'That username is taken.', 'ชื่อผู้ใช้นี้มีอยู่แล้ว');
  checkProvince(db, body.role, body.provinceIso);
  const oneTimePassword = randomPassword();
  const user = await createUser(db, { ...body, provinceIso: body.provinceIso ?? null, password: oneTimePassword, mustChangePassword: true });
  recordAudit(db, { actorId: c.var.actor.id, actorUsername: c.var.actor.username, action: 'user.create', entityType: 'user', entityId: user.id, provinceIso: user.provinceIso, after: user, ip: clientIp(c) });
  return c.json({ user, oneTimePassword }, 201);
};

export const update: RouteHandler<typeof routes.update, AppEnv> = (c) => {
  const { id } = c.req.valid('param');
  const change = c.req.valid('json');
  const db = c.var.db;
  const before = findUser(db, id);
  if (!before) throw notFound(`User ${id}`, `ผู้ใช้ ${id}`);
  const role = change.role ?? before.role;
  const provinceIso = change.provinceIso !== undefined ? change.provinceIso : before.provinceIso;
  checkProvince(db, role, provinceIso);
  if (before.id === c.var.actor.id && (role !== 'admin' || change.active === false)) {
    throw new ApiError(422, 'SELF_LOCKOUT', 'You cannot remove your own admin role or deactivate yourself.', 'ไม่สามารถถอดสิทธิ์ผู้ดูแลระบบหรือปิดบัญชีของตนเองได้');
  }
  const user = updateUser(db, id, { ...change, role, provinceIso });
  const action = before.role !== user.role || before.provinceIso !== user.provinceIso ? 'user.role_change' : 'user.update';
  recordAudit(db, { actorId: c.var.actor.id, actorUsername: c.var.actor.username, action, entityType: 'user', entityId: id, provinceIso: user.provinceIso, before, after: user, ip: clientIp(c) });
  return c.json({ user }, 200);
};

export const resetPassword: RouteHandler<typeof routes.resetPassword, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const db = c.var.db;
  if (!findUser(db, id)) throw notFound(`User ${id}`, `ผู้ใช้ ${id}`);
  const oneTimePassword = randomPassword();
  await setPassword(db, id, oneTimePassword, true);
  deleteUserSessions(db, id);
  recordAudit(db, { actorId: c.var.actor.id, actorUsername: c.var.actor.username, action: 'user.password_reset', entityType: 'user', entityId: id, ip: clientIp(c) });
  return c.json({ oneTimePassword }, 200);
};
