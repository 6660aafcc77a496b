/**
 * The boundary file is a static asset (fetched in parallel with the API data and cached by the
 * browser) rather than part of the JavaScript bundle, which keeps the first-load script small.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import topologyUrl from '../../../data/map/th-provinces.topo.json?url';
import { projectProvinces, type ProvinceTopology } from './geo';

export const getProvinceShapes = async () => {
  const res = await fetch(topologyUrl);
  if (!res.ok) throw new Error(`Map boundaries: HTTP ${res.status}`);
  return projectProvinces((await res.json()) as ProvinceTopology);
};

export const provinceShapesQueryOptions = () =>
  queryOptions({ queryKey: ['map', 'provinces'], queryFn: getProvinceShapes, staleTime: Infinity, gcTime: Infinity });

export const useProvinceShapes = () => useQuery(provinceShapesQueryOptions());
