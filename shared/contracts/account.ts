/**
 * Accounts: the four roles, the signed-in user, and an account as the admin's pages show it. The
 * account's columns mirror the `users` table (server/platform/db/contracts.test.ts).
 */
import { z } from 'zod';

/** admin: accounts + staff's work; staff: OPDC; province: one province's data; viewer: read-only national and audit (auditors). */
export const roles = ['admin', 'staff', 'province', 'viewer'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** The signed-in user (GET /api/auth/me, the answer to a sign-in). */
export const Me = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: Role,
    provinceIso: z.string().nullable(),
    mustChangePassword: z.boolean(),
    /** Echo this in the x-csrf-token header on every state-changing request. */
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

/** An account as an administrator manages it: the `users` row without its password hash and times. */
export const User = z
  .object({ id: z.number().int(), username: z.string(), displayName: z.string(), role: Role, provinceIso: z.string().nullable(), active: z.boolean(), mustChangePassword: z.boolean() })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserList = z.object({ users: z.array(User) });
export type UserList = z.infer<typeof UserList>;

export const UserUpdated = z.object({ user: User });
export type UserUpdated = z.infer<typeof UserUpdated>;

/** A one-time password, shown once: the account must choose its own at the next sign-in. */
export const OneTimePassword = z.object({ oneTimePassword: z.string() });
export type OneTimePassword = z.infer<typeof OneTimePassword>;

export const UserCreated = UserUpdated.extend(OneTimePassword.shape);
export type UserCreated = z.infer<typeof UserCreated>;

/** A done action that has nothing else to say (sign-out, a password change). */
export const Done = z.object({ ok: z.literal(true) });
export type Done = z.infer<typeof Done>;

/** GET /api/health: the server and its database answer. */
export const Health = z.object({ status: z.literal('ok'), database: z.literal('ok'), rounds: z.number().int() });
export type Health = z.infer<typeof Health>;
