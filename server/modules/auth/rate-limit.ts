/**
 * Login attempt limiter: after a number of failures within `windowMs` for the same key (a username, or a
 * client address with its own, higher limit since an office shares one address), further attempts
 * are refused until the window has passed. In memory: one process serves the app, and a restart
 * forgetting failures is acceptable.
 */
export class LoginLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly windowMs = 15 * 60_000,
    private readonly maxFor: (key: string) => number = (key) => (key.startsWith('ip:') ? 30 : 5),
  ) {}

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** Seconds to wait before another attempt is allowed, or 0. */
  retryAfter(keys: string[], now = Date.now()): number {
    let wait = 0;
    for (const key of keys) {
      const times = this.recent(key, now);
      if (times.length >= this.maxFor(key)) wait = Math.max(wait, Math.ceil((times[0]! + this.windowMs - now) / 1000));
    }
    return wait;
  }

  fail(keys: string[], now = Date.now()): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
