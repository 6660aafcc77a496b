/**
 * The client's page (index.html) with what its first screen needs already in it, so the overview
 * paints in two round trips (the HTML; then the scripts and the map geometry, in parallel) instead of
 * `/auth/me` → `/rounds` → the round's data → the geometry, one after another:
 * - the session's `me`, the rounds and, on an overview URL, the round's summary, items, indicators and
 *   provinces, as inline JSON (`<script type="application/json" id="kpi-preload">`, read by
 *   client/lib/preload.ts as TanStack Query's initial data). Each body is fetched through the app's own
 *   API routes with the caller's cookie, so the same permission rules, scoping and caches apply: the
 *   page never holds anything the caller could not have asked for.
 * - `<link rel="preload" as="fetch">` for the map's province outlines (projected at build time into
 *   SVG path strings, vite.config.ts), so the browser fetches them while the scripts load.
 * - on a page that opens on the map, the first screen itself, drawn from those same bodies by the
 *   client's own components (first-screen-render.ts): the coloured map is in the HTML before any script.
 * The page then holds the caller's data (and CSRF token): `private, no-cache`, varying on the cookie.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from './auth';
import type { FirstScreenData } from './first-screen-data';
import { firstScreenRenderer, readingPrefs } from './first-screen-render';
import { matchesIfNoneMatch } from './revalidate';

/** Calls the app's own API (GET) as the caller; returns the JSON text of a 200, else null. */
export type ApiCall = (path: string, cookie: string) => Promise<string | null>;

interface Me {
  role: string;
}
interface RoundsBody {
  rounds: { year: number; round: number; results: number }[];
}

/** `/overview/:year/:round` (or `/`, the newest round with results) → the round the page opens. */
function overviewRound(pathname: string, rounds: RoundsBody | null): { year: number; round: number } | null {
  const m = /^\/overview\/(\d{4})\/(\d{1,2})\/?$/.exec(pathname);
  if (m) return { year: Number(m[1]), round: Number(m[2]) };
  if (pathname !== '/' || !rounds) return null;
  // As the client's roundsWithData: rounds come oldest first; the newest that holds results.
  const latest = rounds.rounds.filter((r) => r.results > 0).at(-1);
  return latest ? { year: latest.year, round: latest.round } : null;
}

/** JSON inside <script>: nothing in it may close the element or start markup (user text is in it). */
const scriptSafe = (json: string) => json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** The API bodies (JSON text, or null for "signed out") the page at `pathname` will ask for first, by API path. */
async function preloadFor(pathname: string, cookie: string | undefined, call: ApiCall): Promise<Map<string, string>> {
  const out = new Map<string, string>([['/api/auth/me', 'null']]);
  if (!cookie) return out;
  // Side by side: a stale cookie gets null for both (the rounds answer 401 like `me`), so nothing leaks.
  const [meText, roundsText] = await Promise.all([call('/api/auth/me', cookie), call('/api/rounds', cookie)]);
  if (!meText) return out;
  out.set('/api/auth/me', meText);
  if (roundsText) out.set('/api/rounds', roundsText);
  // A province user's `/` opens its own province page, not the overview.
  const me = JSON.parse(meText) as Me;
  const round = me.role === 'province' && pathname === '/' ? null : overviewRound(pathname, roundsText ? (JSON.parse(roundsText) as RoundsBody) : null);
  if (!round) return out;
  const { year, round: r } = round;
  const paths = [`/api/rounds/${year}/${r}/summary`, `/api/rounds/${year}/${r}/items`, `/api/indicators?year=${year}`, '/api/provinces'];
  const bodies = await Promise.all(paths.map((p) => call(p, cookie)));
  paths.forEach((p, i) => {
    if (bodies[i] !== null) out.set(p, bodies[i]!);
  });
  return out;
}

/** `{"<path>": <body>, …}` from bodies that are JSON text already (no parse and re-serialise). */
const joinJson = (bodies: Map<string, string>) => `{${[...bodies].map(([path, text]) => `${JSON.stringify(path)}:${text}`).join(',')}}`;

/** The built index.html with the preload hints and data inserted; `root` is the client's dist folder. */
export function clientPage(root: string, call: ApiCall, firstScreen: FirstScreenData) {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const shapes = readdirSync(join(root, 'assets')).find((f) => /^th-provinces\.shapes-[\w-]+\.json$/.test(f));
  const hint = shapes ? `<link rel="preload" href="/assets/${shapes}" as="fetch" crossorigin="anonymous">` : '';
  // At the end of <head> (Vite's page has one); a page without one gets them at its end.
  const at = html.includes('</head>') ? html.indexOf('</head>') : html.length;
  const [head, rest] = [html.slice(0, at), html.slice(at)];
  const drawFirstScreen = firstScreenRenderer(root, shapes);
  const headDrawn = inlineStylesheet(root, head);
  return async (c: Context) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    const data = await preloadFor(c.req.path, cookie ? `${SESSION_COOKIE}=${cookie}` : undefined, call);
    const json = joinJson(data);
    const script = `<script type="application/json" id="kpi-preload">${scriptSafe(json)}</script>`;
    // The outlines only on a page that opens on the map (its round's summary is preloaded): the client
    // waits briefly for them before its first render when the hint is there (client/app/first-screen.ts).
    const onMap = [...data.keys()].some((p) => p.endsWith('/summary'));
    const body = onMap ? await drawFirstScreen(firstScreenHref(c, data), readingPrefs(c), json) : null;
    // A drawn page's data is fetched beside it (first-screen-data.ts): inline, it held the parser before the map's first paint.
    const dataUrl = body && cookie ? firstScreen.keep(json, cookie) : null;
    const page = dataUrl
      ? `${headDrawn}${hint}<link rel="preload" href="${dataUrl}" as="fetch" crossorigin="anonymous">${rest.replace('<div id="root"></div>', () => `${body}<script type="application/json" id="kpi-preload" data-src="${dataUrl}"></script>`)}`
      : `${head}${onMap ? hint : ''}${script}${rest}`;
    // Tagged by content: a revisit with nothing changed costs a 304, and the compressed bytes are kept (compress.ts).
    const etag = `W/"page-${createHash('sha256').update(page).digest('base64url').slice(0, 27)}"`;
    const headers = { 'cache-control': 'private, no-cache', vary: 'Cookie', etag };
    if (matchesIfNoneMatch(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
    return c.html(page, 200, headers);
  };
}

/**
 * `head` with its stylesheet link replaced by the stylesheet itself, for pages the server drew: their
 * first paint then waits for no request (the drawn map paints as soon as the HTML is parsed). Pages it
 * did not draw keep the link, which the browser caches across pages.
 */
function inlineStylesheet(root: string, head: string): string {
  const link = /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/.exec(head);
  if (!link) return head;
  const css = readFileSync(join(root, link[1]!), 'utf8');
  // The Thai and Latin Sarabun files the first screen uses, fetched with the page: traced, laying the
  // drawn page out first with a fallback font and again when Sarabun arrived cost two long layouts.
  const fonts = [...new Set(css.match(/\/assets\/sarabun-(thai|latin)-(400|700)-normal-[\w-]+\.woff2/g) ?? [])];
  const preload = fonts.map((f) => `<link rel="preload" href="${f}" as="font" type="font/woff2" crossorigin="anonymous">`).join('');
  return css.includes('</') ? head : head.replace(link[0], () => `${preload}<style>${css}</style>`);
}

/**
 * The URL the browser will be at when it hydrates: the page's own, except that `/` opens the newest
 * round's overview (as the client's LatestOverview does, keeping `indicator`), which the drawn page
 * moves to before any script of the app runs.
 */
function firstScreenHref(c: Context, data: Map<string, string>): { href: string; moved: boolean } {
  const search = new URL(c.req.url).search;
  if (c.req.path !== '/') return { href: c.req.path + search, moved: false };
  const summary = [...data.keys()].find((p) => p.endsWith('/summary'))!;
  const [, year, round] = /^\/api\/rounds\/(\d+)\/(\d+)\//.exec(summary)!;
  const indicator = new URLSearchParams(search).get('indicator');
  return { href: `/overview/${year}/${round}${indicator ? `?${new URLSearchParams({ indicator })}` : ''}`, moved: true };
}
