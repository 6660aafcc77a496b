/**
 * What the first render should already have, so the first screen paints in one pass instead of
 * rendering, laying out, and then doing it again when the map's outlines arrive. The server puts a
 * preload link for the outlines on pages that open on the map (server/platform/http/client-page.ts);
 * they download alongside the scripts, so waiting for them here usually costs nothing. The wait is
 * capped: a slow outline file must not hold back the rest of the page.
 */
import type { QueryClient } from '@tanstack/react-query';
import { getProvinceShapes, provinceShapesQueryOptions } from '../components/map/use-province-shapes';

const MAX_WAIT_MS = 400;

export async function primeFirstScreen(queryClient: QueryClient): Promise<void> {
  if (typeof document === 'undefined' || !document.querySelector('link[rel="preload"][href*="th-provinces.shapes"]')) return;
  const shapes = getProvinceShapes().then((s) => queryClient.setQueryData(provinceShapesQueryOptions().queryKey, s));
  await Promise.race([shapes, new Promise((r) => setTimeout(r, MAX_WAIT_MS))]).catch(() => undefined); // a failure shows in the map's own error state
}
