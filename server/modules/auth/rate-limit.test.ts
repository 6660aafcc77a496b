import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../platform/db/client';
import { loginThrottle } from '../../platform/db/schema';
import { LoginLimiter, throttleKeys, waitAfter } from './rate-limit';

const dir = mkdtempSync(join(tmpdir(), 'kpi-limiter-'));
const db = openDatabase(join(dir, 'kpi.sqlite'));
afterAll(() => {
  db.$client.close(); // closing is the connection's, not a query
  rmSync(dir, { recursive: true, force: true });
});

describe('login throttle (clock passed in, real SQLite)', () => {
  it('waits longer after each failure past the allowance, up to 15 minutes', () => {
    expect([0, 1, 2, 3, 6, 20].map(waitAfter)).toEqual([0, 30_000, 60_000, 120_000, 900_000, 900_000]);
    const limiter = new LoginLimiter(db);
    const k = throttleKeys(' Clerk ', '10.0.0.1');
    const keys = [k.pair, k.address];
    let now = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 4; i++) limiter.fail(keys, now);
    expect(limiter.retryAfter(keys, now)).toBe(0);
    limiter.fail(keys, now);
    expect(limiter.retryAfter(keys, now)).toBe(30);
    now += 31_000;
    expect(limiter.retryAfter(keys, now)).toBe(0);
    limiter.fail(keys, now);
    expect(limiter.retryAfter(keys, now)).toBe(60);
    // The same username typed differently from the same address is the same key; another address is not.
    expect(limiter.retryAfter([throttleKeys('clerk', '10.0.0.1').pair], now)).toBe(60);
    expect(limiter.retryAfter(Object.values(throttleKeys('clerk', '10.0.0.2')), now)).toBe(0);
  });

  it('forgives strikes as time passes, and a success clears only the username-from-address key', () => {
    const limiter = new LoginLimiter(db);
    const k = throttleKeys('officer', '10.0.0.9');
    let now = Date.parse('2026-02-01T00:00:00Z');
    for (let i = 0; i < 5; i++) limiter.fail([k.pair, k.address], now);
    now += 60 * 60_000; // an hour: every strike of the pair forgiven
    limiter.fail([k.pair, k.address], now);
    expect(limiter.retryAfter([k.pair], now)).toBe(0);
    limiter.succeed(k.pair);
    const strikes = (key: string) => db.select({ strikes: loginThrottle.strikes }).from(loginThrottle).where(eq(loginThrottle.key, key)).get()?.strikes;
    expect(strikes(k.pair)).toBeUndefined();
    expect(strikes(k.address)).toBe(1);
  });
});
