/**
 * A tiny client-side router on the History API: the app has a handful of pages, so a dependency
 * would cost more than these ~80 lines. Shareable URLs carry year, round, indicator and province in the
 * path and filters in the query string.
 */
import { useMemo, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** The URL a server render draws (client/entry-server.tsx); unset in the browser. */
let serverHref: string | null = null;
/** Sets the URL `useLocation` reports while rendering on the server (null: back to none). */
export function setServerHref(href: string | null) {
  serverHref = href;
}
// Hydrating in the browser reads the server snapshot too: the page's own URL, which the server drew.
const serverSnapshot = () => serverHref ?? (typeof window === 'undefined' ? '/' : snapshot());

/**
 * Goes to `to` (a same-origin path with optional query) without reloading the page.
 *
 * @example
 * navigate('/provinces/2566/6/TH-15');
 * navigate('?indicator=ECO-05', { replace: true }); // query only, same path
 */
export function navigate(to: string, opts: { replace?: boolean } = {}) {
  const url = new URL(to, window.location.href);
  const samePage = url.pathname === window.location.pathname;
  if (url.pathname + url.search === snapshot()) return;
  window.history[opts.replace ? 'replaceState' : 'pushState'](null, '', url.pathname + url.search + url.hash);
  if (!samePage) window.scrollTo(0, 0);
  for (const l of listeners) l();
}

/** The current path and query; re-renders on navigation. */
export function useLocation(): { pathname: string; search: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  return useMemo(() => {
    const q = href.indexOf('?');
    return { pathname: q < 0 ? href : href.slice(0, q), search: new URLSearchParams(q < 0 ? '' : href.slice(q)) };
  }, [href]);
}

/**
 * The query string as state: `set({ status: 'belowMin', sort: null })` sets or removes keys and
 * replaces the history entry (filters should not flood the back button).
 */
export function useSearchParams(): [URLSearchParams, (changes: Record<string, string | null | undefined>) => void] {
  const { pathname, search } = useLocation();
  const set = (changes: Record<string, string | null | undefined>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    const qs = next.toString();
    navigate(pathname + (qs ? `?${qs}` : ''), { replace: true });
  };
  return [search, set];
}

/**
 * Matches `/provinces/:year/:round/:iso` against a path; params are URI-decoded.
 *
 * @example
 * matchPath('/provinces/:year/:round/:iso', '/provinces/2566/6/TH-15') // { year: '2566', round: '6', iso: 'TH-15' }
 * matchPath('/import', '/overview') // null
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = pathname.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) return null;
  }
  return params;
}

/** An `<a>` that navigates in-app on a plain left click and behaves normally otherwise (new tab, copy link). */
export function Link({ to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || rest.target) return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
