/** Accounts: the four roles, and the province a province user is bound to. */
import { prepared } from '../../platform/db/statements';
import type { Role } from '../../platform/db/schema/auth';
import type { Db } from '../../platform/db/client';
import { hashPassword } from './passwords';

export type { Role };

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  provinceIso: string | null;
  active: boolean;
  mustChangePassword: boolean;
}

export interface UserRow extends Omit<User, 'active' | 'mustChangePassword'> {
  active: number;
  mustChangePassword: number;
  passwordHash: string;
}

/** The users columns a `UserRow` is read from (unqualified: only the users table has these names). */
export const userColumns = `id, username, display_name as displayName, role, province_iso as provinceIso, active,
  must_change_password as mustChangePassword, password_hash as passwordHash`;

export const toUser = ({ passwordHash: _p, ...r }: UserRow): User => ({ ...r, active: !!r.active, mustChangePassword: !!r.mustChangePassword });

export function findUserByUsername(db: Db, username: string): (User & { passwordHash: string }) | undefined {
  const r = prepared(db, `select ${userColumns} from users where username = ? collate nocase`).get(username.trim()) as UserRow | undefined;
  return r && { ...toUser(r), passwordHash: r.passwordHash };
}

export function findUser(db: Db, id: number): User | undefined {
  const r = prepared(db, `select ${userColumns} from users where id = ?`).get(id) as UserRow | undefined;
  return r && toUser(r);
}

export function listUsers(db: Db): User[] {
  return (prepared(db, `select ${userColumns} from users order by username`).all() as UserRow[]).map(toUser);
}

export function countUsers(db: Db): number {
  return (prepared(db, 'select count(*) as n from users').get() as { n: number }).n;
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
  const id = Number(
    db.$client
      .prepare(
        `insert into users (username, display_name, password_hash, role, province_iso, active, must_change_password, created_at, updated_at)
         values (?, ?, ?, ?, ?, 1, ?, ?, ?)`,
      )
      .run(u.username.trim(), u.displayName, passwordHash, u.role, u.role === 'province' ? u.provinceIso : null, u.mustChangePassword ? 1 : 0, at, at).lastInsertRowid,
  );
  return findUser(db, id)!;
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
  db.$client
    .prepare(`update users set display_name = ?, role = ?, province_iso = ?, active = ?, updated_at = ? where id = ?`)
    .run(next.displayName, next.role, next.provinceIso, next.active ? 1 : 0, now.toISOString(), id);
  if (!next.active) prepared(db, 'delete from sessions where user_id = ?').run(id);
  return findUser(db, id)!;
}

export async function setPassword(db: Db, id: number, password: string, mustChange: boolean, now = new Date()): Promise<void> {
  db.$client
    .prepare('update users set password_hash = ?, must_change_password = ?, updated_at = ? where id = ?')
    .run(await hashPassword(password), mustChange ? 1 : 0, now.toISOString(), id);
}
