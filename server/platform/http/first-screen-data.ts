/**
 * The data of a page the server drew (first-screen-render.ts), served beside the page instead of inside
 * it: traced in Chromium, ~180 KB of inline JSON after the drawing held the HTML parser (and so the
 * drawn map's first paint) for most of its time, while as a preloaded fetch it downloads alongside the
 * scripts, which hydration waits for anyway (client/lib/preload.ts).
 *
 * Each body set is kept under a hash of its content and its session and handed only to that session
 * while it is still valid: another caller (or none), or the same cookie after a sign-out, an expiry or
 * the account's deactivation, gets 404, so a URL seen in a log or a cookie left in a browser leaks
 * nothing. (The route is outside /api, so `authenticate` does not run for it: the check is here.)
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { findSession } from '../../modules/auth/sessions';
import { SESSION_COOKIE } from './auth';
import type { AppEnv } from './env';
import { ApiError } from './errors';

/** Kept body sets (~200 KB each); past this many, start over (a page drawn earlier then falls back to fetching its data). */
const MAX_KEPT = 200;

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 27);

export function firstScreenData() {
  let kept = new Map<string, { json: string; owner: string }>();
  return {
    /** Keeps `json` for the caller whose session cookie value is `session`; returns its URL. */
    keep(json: string, session: string): string {
      const owner = hash(session);
      // The owner is in the key: two sessions with the same bodies each get their own entry.
      const key = hash(`${owner}\n${json}`);
      if (!kept.has(key)) {
        if (kept.size >= MAX_KEPT) kept = new Map();
        kept.set(key, { json, owner });
      }
      return `/first-screen/${key}.json`;
    },
    /** `GET /first-screen/:file`: the kept JSON, to its own session only. */
    serve(c: Context<AppEnv>): Response {
      const entry = kept.get(c.req.param('file')?.replace(/\.json$/, '') ?? '');
      const session = getCookie(c, SESSION_COOKIE);
      if (!entry || !session || hash(session) !== entry.owner || !findSession(c.var.db, session)) {
        return c.json(new ApiError(404, 'NOT_FOUND', 'Not found.', 'ไม่พบหน้าที่ต้องการ').toBody(), 404);
      }
      return c.body(entry.json, 200, { 'content-type': 'application/json; charset=UTF-8', 'cache-control': 'private, no-store' });
    },
  };
}

export type FirstScreenData = ReturnType<typeof firstScreenData>;
