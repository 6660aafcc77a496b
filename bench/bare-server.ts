/**
 * The load bench's baseline: bare Hono on @hono/node-server returning, per route, the very bytes the
 * product returned for it (captured by the bench into BENCH_BODIES/<name>.json). Same payload, same
 * headers' weight roughly, nothing else: the ratio then measures the product's own work.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.BENCH_BODIES;
const bodies = new Map<string, Buffer>();
if (dir) for (const f of readdirSync(dir)) bodies.set(f.replace(/\.json$/, ''), readFileSync(join(dir, f)));

const app = new Hono();
app.get('/json', (c) => c.json({ ok: true, message: 'hello' }));
app.get('/same/:name', (c) => {
  const body = bodies.get(c.req.param('name'));
  if (!body) return c.notFound();
  return c.body(new Uint8Array(body), 200, { 'content-type': 'application/json; charset=UTF-8' });
});
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`http://localhost:${info.port}`));
