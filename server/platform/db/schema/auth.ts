/**
 * Accounts, sessions and the append-only audit trail.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { provinces } from './store';
import { roles, type Role } from '../../../../shared/contracts/account';

export { roles, type Role };

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: roles }).notNull(),
    /** The one province a province user may read; null for every other role. */
    provinceIso: text('province_iso').references(() => provinces.iso),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('users_province_role', sql`(${t.role} = 'province') = (${t.provinceIso} is not null)`)],
);

export const sessions = sqliteTable(
  'sessions',
  {
    /** sha256 of the session token: a stolen database file does not yield usable cookies. */
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/**
 * Append-only (triggers in the migration refuse UPDATE and DELETE): who did what, when, before and after.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorId: integer('actor_id'),
    actorUsername: text('actor_username').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    provinceIso: text('province_iso'),
    batchId: integer('batch_id'),
    before: text('before_json'),
    after: text('after_json'),
    ip: text('ip'),
  },
  (t) => [index('audit_at').on(t.at), index('audit_action').on(t.action), index('audit_entity').on(t.entityType, t.entityId)],
);
