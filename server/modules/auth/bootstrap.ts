/** First accounts: an admin with a one-time password on an empty database, and the demo accounts with the demo data. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.record';
import { randomPassword } from './passwords';
import { countUsers, createUser, findUserByUsername } from './users';

/** Creates `admin` when there is no account at all; returns its one-time password (to print once) or null. */
export async function ensureAdmin(db: Db): Promise<string | null> {
  if (countUsers(db) > 0) return null;
  const password = randomPassword();
  const user = await createUser(db, { username: 'admin', displayName: 'ผู้ดูแลระบบ', role: 'admin', provinceIso: null, password, mustChangePassword: true });
  recordAudit(db, { actorId: null, actorUsername: 'system', action: 'user.create', entityType: 'user', entityId: user.id, after: user });
  return password;
}

const AccountsFile = z.object({
  accounts: z.array(z.object({ username: z.string(), displayName: z.string(), role: z.enum(['admin', 'staff', 'province', 'viewer']), provinceIso: z.string().nullable(), password: z.string() })),
});

export async function createDemoAccounts(db: Db, path: string): Promise<string[]> {
  const { accounts } = AccountsFile.parse(JSON.parse(readFileSync(path, 'utf8')));
  const created: string[] = [];
  for (const a of accounts) {
    if (findUserByUsername(db, a.username)) continue;
    const user = await createUser(db, a);
    recordAudit(db, { actorId: null, actorUsername: 'demo', action: 'user.create', entityType: 'user', entityId: user.id, provinceIso: user.provinceIso, after: user });
    created.push(a.username);
  }
  return created;
}
