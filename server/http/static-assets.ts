/**
 * Serving the built client: pre-compressed files (written beside each asset by scripts/precompress.ts)
 * chosen by Accept-Encoding, and cache headers by name. Vite puts a content hash in every file under
 * /assets/, so those never change under the same URL: a year and `immutable`. index.html names the
 * current hashes, so it must be revalidated on every visit.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';

/** `name-<hash>.<ext>` under /assets/, as Vite writes them (hash of 8+ URL-safe characters). */
export const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export function cacheHeadersFor(path: string, c: Context) {
  c.header('cache-control', HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

export function clientFiles(root: string) {
  return serveStatic({ root, precompressed: true, onFound: cacheHeadersFor });
}

export function clientIndex(root: string) {
  return serveStatic({ root, path: 'index.html', precompressed: true, onFound: cacheHeadersFor });
}
