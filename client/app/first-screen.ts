/**
 * What the first render should already have, so the first screen paints in one pass instead of
 * rendering, laying out, and then doing it again when the map's outlines arrive. The server puts a
 * preload link for the outlines on pages that open on the map (server/platform/http/client-page.ts);
 * they download alongside the scripts, so waiting for them here usually costs nothing. The wait is
 * capped: a slow outline file must not hold back the rest of the page. When the server has drawn the
 * first screen already (hydrating), the reader sees the map meanwhile, and hydration needs the same
 * outlines to draw the same paths: the wait is then longer.
 */
import type { QueryClient } from '@tanstack/react-query';
import { getProvinceShapes, provinceShapesQueryOptions } from '../components/map/use-province-shapes';
import { loadPreloaded } from '../lib/preload';

const MAX_WAIT_MS = 400;
const MAX_WAIT_HYDRATING_MS = 5000;

export async function primeFirstScreen(queryClient: QueryClient, hydrating = false): Promise<void> {
  const data = loadPreloaded(); // a drawn page's data comes beside it; it never rejects
  if (typeof document === 'undefined' || !document.querySelector('link[rel="preload"][href*="th-provinces.shapes"]')) return data;
  const shapes = getProvinceShapes().then((s) => queryClient.setQueryData(provinceShapesQueryOptions().queryKey, s));
  const cap = hydrating ? MAX_WAIT_HYDRATING_MS : MAX_WAIT_MS;
  await Promise.race([shapes, new Promise((r) => setTimeout(r, cap))]).catch(() => undefined); // a failure shows in the map's own error state
  await data;
}

/**
 * The language and digits the server drew `#root` in (first-screen-render.ts), and the URL it drew when
 * that is not the page's own (`/` drawn as the newest round's overview); null when it drew nothing.
 */
export function serverDrawn(root: HTMLElement): { lang: string; digits: string; href: string | null } | null {
  const { ssrLang, ssrDigits, ssrHref } = root.dataset;
  return root.firstElementChild && ssrLang && ssrDigits ? { lang: ssrLang, digits: ssrDigits, href: ssrHref ?? null } : null;
}
