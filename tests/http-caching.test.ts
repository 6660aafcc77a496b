/**
 * Compression, revalidation and cache headers through the real app on a real SQLite file: API reads
 * carry an ETag from the data version and the caller, a matching If-None-Match costs a 304, bodies
 * are compressed as the client negotiates, and hashed client assets are immutable.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../server/bootstrap';
import { createApp } from '../server/app';
import { loadDemoData } from '../server/modules/imports/demo';
import { negotiateEncoding } from '../server/platform/http/compress';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let staff: Session;
let province: Session;
beforeAll(async () => {
  t = createTestApp();
  await loadDemoData(t.db, join(dataDir, 'demo'));
  staff = await t.signIn('staff');
  province = await t.signIn('province', 'TH-15');
});
afterAll(() => t?.close());

const summary = '/api/rounds/2566/6/summary';

describe('ETag revalidation of API reads', () => {
  it('answers a matching If-None-Match with 304 and no body, and private no-cache on both', async () => {
    const first = await staff.request(summary);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const again = await staff.request(summary, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('gives another caller another tag, so one caller never revalidates against another’s body', async () => {
    const a = (await staff.request(summary)).headers.get('etag')!;
    const b = await province.request(summary);
    expect(b.headers.get('etag')).not.toBe(a);
    expect((await province.request(summary, { headers: { 'if-none-match': a } })).status).toBe(200);
  });

  it('changes the tag when the data changes, so a stale copy gets the new body', async () => {
    const before = (await staff.request(summary)).headers.get('etag')!;
    t.db.$client.prepare(`update results set note = coalesce(note, '') || ' ' where id = (select min(id) from results)`).run();
    const after = await staff.request(summary, { headers: { 'if-none-match': before } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
  });

  it('tags no error response and no write', async () => {
    const missing = await staff.request('/api/rounds/2566/6/provinces/TH-99');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
    const logout = await staff.request('/api/auth/logout', { method: 'POST' });
    expect(logout.headers.get('etag')).toBeNull();
    staff = await t.signIn('staff');
  });
});

describe('compression', () => {
  it('negotiates brotli first, then gzip, honouring q=0', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('gzip, br;q=0')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding(undefined)).toBeNull();
    expect(negotiateEncoding('*')).toBe('br');
  });

  it('sends the same JSON brotli-, gzip- or un-compressed as asked, with Vary: Accept-Encoding', async () => {
    const items = '/api/rounds/2566/6/items';
    const plain = await staff.request(items, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(10_000);
    for (const [enc, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
      for (let i = 0; i < 2; i++) {
        // Twice: the second answer comes from the compressed-body memo and must be the same.
        const res = await staff.request(items, { headers: { 'accept-encoding': enc } });
        expect(res.headers.get('content-encoding')).toBe(enc);
        expect(res.headers.get('vary')).toContain('Accept-Encoding');
        const bytes = Buffer.from(await res.arrayBuffer());
        expect(bytes.byteLength).toBeLessThan(text.length / 4);
        expect(decode(bytes).toString('utf8')).toBe(text);
      }
    }
  });

  it('leaves small bodies uncompressed', async () => {
    const res = await staff.request('/api/auth/me', { headers: { 'accept-encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});

describe('client assets', () => {
  let dir: string;
  let app: ReturnType<typeof createApp>;
  const js = 'console.log("the dashboard");\n'.repeat(100);
  beforeAll(() => {
    dir = mkdtempSync(join(process.cwd(), '.tmp-client-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>KPI</title>');
    writeFileSync(join(dir, 'assets', 'index-DtNd6FHV.js'), js);
    writeFileSync(join(dir, 'assets', 'index-DtNd6FHV.js.br'), brotliCompressSync(js));
    app = createApp({ db: t.db, config: t.config, mapAttribution: 'test', clientDir: dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves hashed assets immutable for a year, pre-compressed when the client accepts it', async () => {
    const br = await app.request('/assets/index-DtNd6FHV.js', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.status).toBe(200);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(js);
    const plain = await app.request('/assets/index-DtNd6FHV.js', { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(js);
  });

  it('makes the browser revalidate index.html, which names the current hashes', async () => {
    for (const path of ['/', '/provinces/TH-15']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      // The page carries the caller's preloaded data (server/platform/http/client-page.ts): private as well.
      expect(res.headers.get('cache-control')).toBe('private, no-cache');
    }
  });
});

