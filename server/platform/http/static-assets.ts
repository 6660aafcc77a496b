/**
 * Serving the built client: pre-compressed files (written beside each asset by scripts/precompress.ts)
 * chosen by Accept-Encoding, and cache headers by name. Vite puts a content hash in every file under
 * /assets/, so those never change under the same URL: a year and `immutable`. index.html names the
 * current hashes, so it must be revalidated on every visit.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';

/** `name-<hash>.<ext>` under /assets/, as Vite writes them (hash of 8+ URL-safe characters). */
export const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** Sets the client files' Cache-Control by URL once they are served (serveStatic's onFound runs too late to add headers). */
const withCacheHeaders =
  (serve: MiddlewareHandler): MiddlewareHandler =>
  async (c, next) => {
    const res = await serve(c, next);
    const served = res ?? c.res;
    if (served.status === 200 && served.headers.get('content-type') && !served.headers.has('cache-control')) {
      served.headers.set('cache-control', HASHED_ASSET.test(c.req.path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    return res;
  };

export function clientFiles(root: string) {
  return withCacheHeaders(serveStatic({ root, precompressed: true }));
}
