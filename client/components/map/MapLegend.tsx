/** The legend: a swatch with the same fill or pattern as the map, the category in words, and its count. */
import type { MapCategory } from './categories';
import { categoryFill } from './fills';

export interface LegendRow {
  category: MapCategory;
  label: string;
  count: number;
}

export function Swatch({ category, size = 18 }: { category: MapCategory; size?: number }) {
  return (
    <svg className="swatch" width={size * 1.5} height={size} aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width={size * 1.5 - 1} height={size - 1} fill={categoryFill[category]} stroke="#6b6b6b" strokeWidth="1" />
    </svg>
  );
}

export function MapLegend({ title, rows, formatCount }: { title: string; rows: LegendRow[]; formatCount(n: number): string }) {
  return (
    <figure className="legend">
      <figcaption>{title}</figcaption>
      <ul>
        {rows.map((r) => (
          <li key={r.category} data-category={r.category}>
            <Swatch category={r.category} />
            <span className="legend-label">{r.label}</span>
            <span className="legend-count" data-count={r.count}>
              {formatCount(r.count)}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
