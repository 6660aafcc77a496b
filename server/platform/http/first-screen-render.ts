/**
 * The overview's first screen drawn on the server, so the coloured map is in the page's HTML before any
 * script runs (issue 10: map ready within 2× of a static page drawing the same outlines). The drawing
 * is the client's own App, built for Node by scripts/build.mjs (`vite build --ssr` → dist/ssr) and
 * loaded from there at run time — the server does not import client code; the browser hydrates what
 * was drawn (client/main.tsx).
 *
 * What is drawn comes only from the bodies the page already carries for its caller (read through the
 * API's own routes with the caller's cookie, client-page.ts), so it can show nothing the caller may not
 * see. A drawing is kept by a hash of everything it is drawn from (those bodies, the URL, the reader's
 * language and digits): a new data version or another caller gives other bodies, hence another key;
 * nothing can be served stale or to someone else.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

type Lang = 'th' | 'en';
type Digits = 'thai' | 'arabic';
export interface ReadingPrefs {
  lang: Lang;
  digits: Digits;
}

/** What dist/ssr/entry-server.js exports (client/entry-server.tsx). */
interface FirstScreenModule {
  renderFirstScreen(input: { href: string; bodies: Record<string, unknown>; shapes: unknown; lang: Lang; digits: Digits }): string;
}

/** The reader's language and digits, which the client copies into cookies (client/app/i18n); Thai and Arabic digits by default, as the client. */
export function readingPrefs(c: Context): ReadingPrefs {
  return { lang: getCookie(c, 'kpi_lang') === 'en' ? 'en' : 'th', digits: getCookie(c, 'kpi_digits') === 'thai' ? 'thai' : 'arabic' };
}

/** The mark the bench reads when the drawn map has painted (a frame callback runs before paint, a task from it after). */
const PAINTED_MARK = "requestAnimationFrame(function(){setTimeout(function(){performance.mark('map-painted')},0)})";
/** For the Content-Security-Policy: the one inline script the page may run. */
export const paintedMarkHash = `'sha256-${createHash('sha256').update(PAINTED_MARK).digest('base64')}'`;

/** Drawings kept; each is one page's `#root` (~150 KB). Past this many, start over. */
const MAX_KEPT = 200;

/**
 * A function drawing `#root` (with its marker attributes and the paint mark) for a page, or resolving
 * to null when there is no server build or the drawing failed (the client then draws, as before).
 * `root`: the client's dist folder; `shapesFile`: the outlines' asset name under assets/.
 */
export function firstScreenRenderer(root: string, shapesFile: string | undefined) {
  const entry = join(root, '../ssr/entry-server.js');
  let loaded: Promise<{ mod: FirstScreenModule; shapes: unknown } | null> | undefined;
  const load = () =>
    (loaded ??=
      shapesFile && existsSync(entry)
        ? (import(pathToFileURL(entry).href) as Promise<FirstScreenModule>).then(
            (mod) => ({ mod, shapes: JSON.parse(readFileSync(join(root, 'assets', shapesFile), 'utf8')) as unknown }),
            (e: unknown) => {
              console.error('The first screen cannot be drawn on the server:', e);
              return null;
            },
          )
        : Promise.resolve(null));
  let kept = new Map<string, string>();
  return async ({ href, moved }: { href: string; moved: boolean }, prefs: ReadingPrefs, bodiesJson: string): Promise<string | null> => {
    const ready = await load();
    if (!ready) return null;
    const key = createHash('sha256').update(`${href}\n${prefs.lang}\n${prefs.digits}\n`).update(bodiesJson).digest('base64url');
    let drawn = kept.get(key);
    if (drawn === undefined) {
      try {
        drawn = ready.mod.renderFirstScreen({ href, bodies: JSON.parse(bodiesJson) as Record<string, unknown>, shapes: ready.shapes, ...prefs });
      } catch (e) {
        console.error(`Drawing the first screen of ${href} failed; the client will draw it:`, e);
        return null;
      }
      if (kept.size >= MAX_KEPT) kept = new Map();
      kept.set(key, drawn);
    }
    // `/` opens the newest round's overview: the client moves there before it hydrates (client/main.tsx).
    const at = moved ? ` data-ssr-href="${href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"` : '';
    return `<div id="root" data-ssr-lang="${prefs.lang}" data-ssr-digits="${prefs.digits}"${at}>${drawn}</div><script>${PAINTED_MARK}</script>`;
  };
}
