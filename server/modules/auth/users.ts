/** Accounts: the four roles, and the province a province user is bound to. */
import { asc, count, eq, sql } from 'drizzle-orm';
import { sessions, users, type Role } from '../../platform/db/schema/auth';
import type { Db } from '../../platform/db/client';
import { hashPassword } from './passwords';
import type { User } from '../../../shared/contracts/account';

export type { Role };

/** An account as the server holds it once read (the `users` row without its password hash). */
export type { User };

/** The columns a `User` is read from; with the password hash for sign-in. */
export const userFields = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  provinceIso: users.provinceIso,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
};

const statements = new WeakMap<Db, ReturnType<typeof prepare>>();
function prepare(db: Db) {
  return {
    byUsername: db
      .select({ ...userFields, passwordHash: users.passwordHash })
      .from(users)
      .where(sql`${users.username} = ${sql.placeholder('username')} collate nocase`)
      .prepare(),
    byId: db.select(userFields).from(users).where(eq(users.id, sql.placeholder('id'))).prepare(),
    all: db.select(userFields).from(users).orderBy(asc(users.username)).prepare(),
  };
}
const stmts = (db: Db) => statements.get(db) ?? statements.set(db, prepare(db)).get(db)!;

export function findUserByUsername(db: Db, username: string): (User & { passwordHash: string }) | undefined {
  return stmts(db).byUsername.get({ username: username.trim() });
}

export function findUser(db: Db, id: number): User | undefined {
  return stmts(db).byId.get({ id });
}

export function listUsers(db: Db): User[] {
  return stmts(db).all.all();
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()!.n;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  provinceIso: string | null;
  password: string;
  mustChangePassword?: boolean;
}

export async function createUser(db: Db, u: NewUser, now = new Date()): Promise<User> {
  const passwordHash = await hashPassword(u.password);
  const at = now.toISOString();
  const [row] = db
    .insert(users)
    .values({
      username: u.username.trim(),
      displayName: u.displayName,
      passwordHash,
      role: u.role,
      provinceIso: u.role === 'province' ? u.provinceIso : null,
      active: true,
      mustChangePassword: u.mustChangePassword ?? false,
      createdAt: at,
      updatedAt: at,
    })
    .returning(userFields)
    .all();
  return row!;
}

export interface UserChange {
  displayName?: string;
  role?: Role;
  provinceIso?: string | null;
  active?: boolean;
}

export function updateUser(db: Db, id: number, change: UserChange, now = new Date()): User {
  const current = findUser(db, id)!;
  const next = { ...current, ...change };
  if (next.role !== 'province') next.provinceIso = null;
  db.update(users)
    .set({ displayName: next.displayName, role: next.role, provinceIso: next.provinceIso, active: next.active, updatedAt: now.toISOString() })
    .where(eq(users.id, id))
    .run();
  if (!next.active) db.delete(sessions).where(eq(sessions.userId, id)).run();
  return findUser(db, id)!;
}

export async function setPassword(db: Db, id: number, password: string, mustChange: boolean, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(password);
  db.update(users).set({ passwordHash, mustChangePassword: mustChange, updatedAt: now.toISOString() }).where(eq(users.id, id)).run();
}
