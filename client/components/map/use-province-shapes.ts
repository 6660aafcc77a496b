/**
 * The province outlines are a static asset projected at build time (vite.config.ts: ready SVG path
 * strings, hashed and cached for good), fetched in parallel with the API data rather than bundled, which
 * keeps the first-load script small and spares the browser the projection.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import shapesUrl from 'virtual:province-shapes-url';
import { provinceShapesKey } from '../../api/keys';
import type { ProvinceShape } from './geo';

/** Started once, as soon as this module loads (the page's preload link has usually fetched it already). */
let pending: Promise<ProvinceShape[]> | undefined;

export const getProvinceShapes = (): Promise<ProvinceShape[]> => {
  const p = (pending ??= fetch(shapesUrl).then(async (res) => {
    if (!res.ok) throw new Error(`Map boundaries: HTTP ${res.status}`);
    return (await res.json()) as ProvinceShape[];
  }));
  // A failed fetch may be retried (the query's retry button): forget it.
  p.catch(() => (pending = pending === p ? undefined : pending));
  return p;
};

export const provinceShapesQueryOptions = () =>
  queryOptions({ queryKey: provinceShapesKey, queryFn: getProvinceShapes, staleTime: Infinity, gcTime: Infinity });

export const useProvinceShapes = () => useQuery(provinceShapesQueryOptions());
