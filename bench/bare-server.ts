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
/** The product's own response headers per route, when the bench captured them (`<name>.headers`). */
const headers = new Map<string, Record<string, string>>();
if (dir) {
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.json')) bodies.set(f.replace(/\.json$/, ''), readFileSync(join(dir, f)));
    if (f.endsWith('.headers')) headers.set(f.replace(/\.headers$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string>);
  }
}

const app = new Hono();
app.get('/json', (c) => c.json({ ok: true, message: 'hello' }));
app.get('/same/:name', (c) => {
  const body = bodies.get(c.req.param('name'));
  if (!body) return c.notFound();
  const name = c.req.param('name');
  return c.body(new Uint8Array(body), 200, headers.get(name) ?? { 'content-type': 'application/json; charset=UTF-8' });
});
/**
 * The client bench's baseline: a static page fetching the same JSON the overview needs (`names`, all
 * in parallel, as fast as a page can) and, as the product's page must, drawing the map before it marks
 * `map-ready`: one coloured `<path>` per province from the outlines (`topology`: the same bytes the
 * product fetches) into an SVG, coloured by the count of items below minimum in `items`, then the mark
 * after the next paint, exactly as the product marks it (client/lib/perf.ts).
 */
app.get('/static-page', (c) => {
  const names = JSON.stringify((c.req.query('names') ?? '').split(',').filter(Boolean));
  // With the product page's commit headers (COOP, Origin-Agent-Cluster) when the bench captured them.
  return c.html(`<!doctype html><html><head><meta charset="utf-8"><title>baseline</title></head><body><script>
const names = ${names};
Promise.all(names.map((n) => fetch('/same/' + n).then((r) => r.json()))).then((bodies) => {
  const body = Object.fromEntries(names.map((n, i) => [n, bodies[i]]));
  const red = new Map();
  for (const it of body.items?.items ?? []) if (it.status === 'belowMin') red.set(it.iso, (red.get(it.iso) ?? 0) + 1);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 440 800');
  svg.setAttribute('width', '440');
  for (const shape of body.topology ?? []) {
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', shape.d);
    path.setAttribute('fill', red.get(shape.iso) ? '#c62828' : '#5aae61');
    svg.appendChild(path);
  }
  document.body.appendChild(svg);
  requestAnimationFrame(() => setTimeout(() => {
    performance.mark('map-ready');
    document.documentElement.dataset.mapReady = 'true';
  }, 0));
});
</script></body></html>`, 200, headers.get('static-page') ?? {});
});
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`http://localhost:${info.port}`));
