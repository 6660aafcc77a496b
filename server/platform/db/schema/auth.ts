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
 * Sign-in failures per key (`user:<name>|ip:<address>` or `ip:<address>`), kept in the database so a
 * restart does not clear them (issue 9 §4). `strikes` counts failures since the last forgiveness;
 * `blocked_until` is when the next attempt is allowed (ISO time), `last_at` the latest failure.
 */
export const loginThrottle = sqliteTable('login_throttle', {
  key: text('key').primaryKey(),
  strikes: integer('strikes').notNull(),
  lastAt: text('last_at').notNull(),
  blockedUntil: text('blocked_until'),
});

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
    /** The hash chain (server/platform/db/chain.ts): the previous row's `row_hash`, '' for the first row. */
    prevHash: text('prev_hash'),
    /** SHA-256 of this row's canonical content and `prev_hash`; null only for a row written outside the app. */
    rowHash: text('row_hash'),
  },
  (t) => [index('audit_at').on(t.at), index('audit_action').on(t.action), index('audit_entity').on(t.entityType, t.entityId)],
);
