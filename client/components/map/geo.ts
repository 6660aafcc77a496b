/**
 * Province outlines projected once into SVG path strings (d3-geo Mercator fitted to a fixed view box;
 * the SVG scales with CSS, so a resize never re-projects). Joined to data on ISO code, never on names.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const MAP_WIDTH = 440;
export const MAP_HEIGHT = 800;

export interface ProvinceProps {
  iso: string;
  code: string;
  name_th: string;
  name_en: string;
}

export interface ProvinceShape {
  iso: string;
  code: string;
  nameTh: string;
  nameEn: string;
  /** SVG path data in the MAP_WIDTH × MAP_HEIGHT view box. */
  d: string;
  /** Centroid in view-box units (where the tooltip points). */
  centroid: [number, number];
}

export type ProvinceTopology = Topology<{ provinces: GeometryCollection<ProvinceProps> }>;

/**
 * @example
 * const shapes = projectProvinces(topology); // 77 shapes, Thai-name order
 */
export function projectProvinces(topology: ProvinceTopology): ProvinceShape[] {
  const fc = feature(topology, topology.objects.provinces);
  const projection = geoMercator().fitExtent(
    [
      [6, 6],
      [MAP_WIDTH - 6, MAP_HEIGHT - 6],
    ],
    fc,
  );
  const path = geoPath(projection).digits(1);
  return fc.features
    .map((f: Feature<Geometry, ProvinceProps>) => ({
      iso: f.properties.iso,
      code: f.properties.code,
      nameTh: f.properties.name_th,
      nameEn: f.properties.name_en,
      d: path(f) ?? '',
      centroid: path.centroid(f) as [number, number],
    }))
    .sort((a, b) => a.nameTh.localeCompare(b.nameTh, 'th'));
}
