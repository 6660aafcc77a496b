/**
 * Response compression for what the server builds at run time (API JSON, HTML). Static client files
 * are compressed once at build time (scripts/precompress.ts) and served by `serveStatic` with
 * `precompressed`, so this middleware leaves responses that already carry an encoding alone.
 *
 * Hono's `compress` streams through CompressionStream (gzip/deflate only, no brotli, and it recompresses
 * the same cached body on every request). Here a compressed body is remembered under its ETag: the
 * read views are cached per data version, so a revisit by another request costs a map lookup.
 */
import type { MiddlewareHandler } from 'hono';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const COMPRESSIBLE = /^(application\/(json|javascript|xml)|text\/|image\/svg\+xml)/i;
/** Below this a compressed body saves less than the headers and the CPU cost. */
export const MIN_BYTES = 1024;
const MEMO_MAX_BYTES = 32 * 1024 * 1024;

/** The client's preferred encoding we can produce (brotli first: about a fifth smaller on our JSON). */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    accepted.set(name!.trim(), q ? Number(q[1]) : 1);
  }
  const allowed = (e: string) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0;
  if (allowed('br')) return 'br';
  if (allowed('gzip')) return 'gzip';
  return null;
}

export function compressBytes(bytes: Uint8Array, encoding: Encoding): Buffer {
  // Quality 5 / level 6: near the best ratio for JSON at a few milliseconds per 100 KB.
  return encoding === 'br'
    ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } })
    : gzipSync(bytes, { level: 6 });
}

/** Compressed bodies by `encoding|url|etag`; dropped wholesale when over budget (entries go stale with the data version anyway). */
class CompressedMemo {
  private entries = new Map<string, Buffer>();
  private bytes = 0;
  get(key: string) {
    return this.entries.get(key);
  }
  set(key: string, value: Buffer) {
    if (this.bytes + value.byteLength > MEMO_MAX_BYTES) {
      this.entries.clear();
      this.bytes = 0;
    }
    this.entries.set(key, value);
    this.bytes += value.byteLength;
  }
}

export function compressResponses(): MiddlewareHandler {
  const memo = new CompressedMemo();
  return async (c, next) => {
    await next();
    const res = c.res;
    if (c.req.method === 'HEAD' || res.status !== 200 || !res.body) return;
    if (res.headers.has('content-encoding') || /\bno-transform\b/.test(res.headers.get('cache-control') ?? '')) return;
    if (!COMPRESSIBLE.test(res.headers.get('content-type') ?? '')) return;
    // Whatever we send, caches must key on Accept-Encoding.
    res.headers.append('vary', 'Accept-Encoding');
    const encoding = negotiateEncoding(c.req.header('accept-encoding'));
    if (!encoding) return;
    const etag = res.headers.get('etag');
    const key = etag ? `${encoding}|${c.req.url}|${etag}` : null;
    let compressed = key ? memo.get(key) : undefined;
    if (!compressed) {
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (bytes.byteLength < MIN_BYTES) {
        c.res = new Response(bytes, res);
        return;
      }
      compressed = compressBytes(bytes, encoding);
      if (key) memo.set(key, compressed);
    } else {
      await res.body.cancel();
    }
    const headers = new Headers(res.headers);
    headers.set('content-encoding', encoding);
    headers.delete('content-length');
    c.res = new Response(new Uint8Array(compressed.buffer as ArrayBuffer, compressed.byteOffset, compressed.byteLength), { status: res.status, headers });
  };
}
