/**
 * Sign-in throttling that cannot be turned against the account holder (issue 9 §4). Failures count
 * against two keys: the username *from that address* and the address alone (higher allowance: an office
 * shares one address). There is no lock on a username as such, so the right password from another
 * address still works while someone guesses elsewhere. Past a key's free allowance every further failure
 * makes the next attempt wait longer (30 s, 1 min, 2 min … up to 15 min: 429 with Retry-After), and
 * strikes are forgiven one at a time as time passes. A successful sign-in clears the username-from-address
 * key only: an address guessing many usernames cannot reset its count with one account it owns.
 * Wrong current passwords on the password change count the same way.
 *
 * Counters live in SQLite (`login_throttle`), so a restart does not clear them.
 */
import { eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { loginThrottle } from '../../platform/db/schema';

interface Policy {
  /** Failures before the first wait (the old fixed limits: 5 per username and address, 30 per address). */
  free: number;
  /** One strike is forgiven per this many milliseconds without a failure. */
  forgiveMs: number;
}

const policies = {
  pair: { free: 5, forgiveMs: 3 * 60_000 },
  address: { free: 30, forgiveMs: 30_000 },
} satisfies Record<string, Policy>;

const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;

/** The wait once `over` failures reach past the allowance (1 = the allowance used up): doubling from 30 s, capped at 15 minutes. */
export function waitAfter(over: number): number {
  return over <= 0 ? 0 : Math.min(FIRST_WAIT_MS * 2 ** (over - 1), MAX_WAIT_MS);
}

/** The keys one attempt counts against. The username is compared as sign-in compares it. */
export function throttleKeys(username: string, address: string): { pair: string; address: string } {
  return { pair: `pair:${username.trim().toLowerCase()}|${address}`, address: `ip:${address}` };
}

const policyOf = (key: string): Policy => (key.startsWith('ip:') ? policies.address : policies.pair);

export class LoginLimiter {
  constructor(private readonly db: Db) {}

  /** Seconds until an attempt on these keys is allowed, or 0. */
  retryAfter(keys: string[], now = Date.now()): number {
    const rows = this.db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys)).all();
    const until = Math.max(0, ...rows.map((r) => (r.blockedUntil ? Date.parse(r.blockedUntil) : 0)));
    return until > now ? Math.ceil((until - now) / 1000) : 0;
  }

  /** Counts a failure against each key and sets its next wait. */
  fail(keys: string[], now = Date.now()): void {
    this.db.transaction((tx) => {
      for (const key of keys) {
        const policy = policyOf(key);
        const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
        const forgiven = row ? Math.floor((now - Date.parse(row.lastAt)) / policy.forgiveMs) : 0;
        const strikes = Math.max(0, (row?.strikes ?? 0) - forgiven) + 1;
        const wait = waitAfter(strikes - policy.free + 1);
        const values = { key, strikes, lastAt: new Date(now).toISOString(), blockedUntil: wait ? new Date(now + wait).toISOString() : null };
        tx.insert(loginThrottle).values(values).onConflictDoUpdate({ target: loginThrottle.key, set: values }).run();
      }
      // Keys idle long enough to have been forgiven entirely are of no further use.
      tx.delete(loginThrottle).where(lt(loginThrottle.lastAt, new Date(now - 24 * 3_600_000).toISOString())).run();
    });
  }

  /** A success clears the username-from-address key; the address key is left as it is. */
  succeed(pairKey: string): void {
    this.db.delete(loginThrottle).where(eq(loginThrottle.key, pairKey)).run();
  }
}
