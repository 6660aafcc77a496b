/**
 * Whole answers to repeated cached reads, given before routing. A read route served from its
 * per-data-version cache (cachedJson in cache.ts) sends the same bytes with the same headers to the
 * same request for as long as the data version stands — its ETag already promises exactly that. So
 * the first answer is kept here, keyed by everything it can depend on (the URL, the caller's Cookie
 * header, the Accept-Encoding header), and the next identical request gets it back at the cost of one
 * data-version query and a map lookup: no session lookup, routing, parameter parsing, rule, handler,
 * compression or header building (profiled: those were 80–90 % of a cached read's time).
 *
 * Correct across processes because every way the answer could change is a commit, and any commit
 * moves the data version, which empties the memo: signing out or a password change (sessions),
 * a user's role, province or state (users), new results (imports, by this server or the CLI). The one
 * thing that changes without a commit is time: an answer is given only before its session's expiry,
 * after which the request goes the long way (and is refused). Requests carrying If-None-Match also go
 * the long way, to get their 304 from revalidate.ts.
 *
 * Mounted inside the request log (each answer is still logged) and outside everything else.
 */
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { User } from '../../modules/auth/users';
import type { Db } from '../db/client';
import { dataVersion } from '../db/data-version';
import type { AppEnv } from './env';

interface Answer {
  headers: Record<string, string>;
  body: Uint8Array;
  /** Until when the caller's session lasts (ms since the epoch); Infinity for a public read. */
  validUntil: number;
  route: string;
  user: User | null;
}

/** Answers are small (the bytes are shared with the read caches' entries); past this many, start over. */
const MAX_ANSWERS = 5000;

export function readMemo(db: Db): MiddlewareHandler<AppEnv> {
  let version = '';
  let answers = new Map<string, Answer>();
  return async (c, next) => {
    if (c.req.method !== 'GET' || c.req.header('if-none-match') !== undefined) return next();
    const now = dataVersion(db);
    if (now !== version) {
      version = now;
      answers = new Map();
    }
    const key = `${c.req.url}\n${c.req.header('cookie') ?? ''}\n${c.req.header('accept-encoding') ?? ''}`;
    const kept = answers.get(key);
    if (kept && Date.now() < kept.validUntil) {
      c.set('user', kept.user);
      c.set('answeredRoute', kept.route);
      return new Response(kept.body as Uint8Array<ArrayBuffer>, { status: 200, headers: kept.headers });
    }
    await next();
    const sent = c.var.cachedAnswer;
    const res = c.res;
    // Only a cached read's own answer, tagged by revalidate.ts (so: unchanged data, not a `noStore`
    // route), and sent as the cache gave it (no layer re-encoded it).
    if (!sent || res.status !== 200 || !res.headers.has('etag')) return;
    if ((res.headers.get('content-encoding') ?? null) !== sent.encoding || dataVersion(db) !== version) return;
    const session = c.var.session;
    if (answers.size >= MAX_ANSWERS) answers = new Map();
    answers.set(key, {
      headers: Object.fromEntries(res.headers),
      body: sent.bytes,
      validUntil: session ? Date.parse(session.expiresAt) : Infinity,
      route: routePath(c),
      user: c.var.user ?? null,
    });
  };
}
