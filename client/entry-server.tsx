/**
 * The overview's first screen drawn on the server (built by scripts/build.mjs with `vite build --ssr`
 * into dist/ssr, loaded by server/platform/http/client-page.ts): the same App the browser runs, given
 * the very bodies the page carries inline for the caller, so the map's coloured provinces are in the
 * HTML before any script runs and the browser hydrates them (client/main.tsx). It sees nothing the
 * caller's page does not already hold: no request of its own, no session, only those bodies.
 */
import { renderToString } from 'react-dom/server';
import { App, createQueryClient } from './app/App';
import type { Digits, Lang } from './app/i18n';
import type { ProvinceShape } from './components/map/geo';
import { provinceShapesQueryOptions } from './components/map/use-province-shapes';
import { setCsrfToken } from './lib/api';
import { setPreloaded } from './lib/preload';
import { setServerHref } from './lib/router';

export interface FirstScreenInput {
  /** The page's path and query, as the browser will have it when it hydrates. */
  href: string;
  /** The page's preloaded API bodies by API path (the same object the page carries inline). */
  bodies: Record<string, unknown>;
  /** The map's outlines: the same JSON asset the browser fetches. */
  shapes: ProvinceShape[];
  lang: Lang;
  digits: Digits;
}

/** The HTML inside `#root` for `input`. Synchronous, so the module state set here serves one page only. */
export function renderFirstScreen(input: FirstScreenInput): string {
  const queryClient = createQueryClient();
  queryClient.setQueryData(provinceShapesQueryOptions().queryKey, input.shapes);
  setServerHref(input.href);
  setPreloaded({ ...input.bodies });
  try {
    return renderToString(<App queryClient={queryClient} lang={input.lang} digits={input.digits} />);
  } finally {
    setServerHref(null);
    setPreloaded(null);
    setCsrfToken(null); // `me` hands its token to the API client; the server's copy must not keep it
    queryClient.clear();
  }
}
