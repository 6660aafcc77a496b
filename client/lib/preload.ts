/**
 * The API bodies the server put into the page (server/platform/http/client-page.ts), by API path, used
 * as TanStack Query's initial data so the first screen needs no request of its own. Each is handed out
 * once: a query rebuilt later (after garbage collection, another visit) must fetch fresh data.
 */
let bodies: Record<string, unknown> | null = null;

function read(): Record<string, unknown> {
  if (bodies) return bodies;
  const el = typeof document === 'undefined' ? null : document.getElementById('kpi-preload');
  try {
    bodies = el?.textContent ? (JSON.parse(el.textContent) as Record<string, unknown>) : {};
  } catch {
    bodies = {}; // a broken preload only costs the requests it would have saved
  }
  return bodies;
}

/**
 * Fetches the bodies of a page the server drew, which come beside the page rather than inside it
 * (`data-src`, preloaded by the page: server/platform/http/first-screen-data.ts). Call before the first
 * render; a failure only costs the requests the bodies would have saved.
 */
export async function loadPreloaded(): Promise<void> {
  const src = typeof document === 'undefined' ? null : document.getElementById('kpi-preload')?.dataset.src;
  if (!src || bodies) return;
  try {
    const res = await fetch(src);
    bodies = res.ok ? ((await res.json()) as Record<string, unknown>) : {};
  } catch {
    bodies = {};
  }
}

/**
 * Hands `all` out as the page's preloaded bodies (a server render, client/entry-server.tsx, which reads
 * no document); null forgets them.
 */
export function setPreloaded(all: Record<string, unknown> | null) {
  bodies = all;
}

/**
 * The preloaded body of `path` (as the API client requests it, query string included), or undefined.
 * @example queryOptions({ queryKey, queryFn, initialData: () => takePreloaded<Rounds>('/api/rounds') })
 */
export function takePreloaded<T>(path: string): T | undefined {
  const all = read();
  if (!(path in all)) return undefined;
  const body = all[path] as T;
  delete all[path];
  return body;
}
