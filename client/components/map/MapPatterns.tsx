/**
 * The SVG patterns behind the non-colour cues (hatch, cross-hatch, dots). Rendered once per page in a
 * zero-size SVG; every map, legend swatch and chart refers to them with `url(#id)`. (Not display:none:
 * Chromium does not paint patterns defined inside an undisplayed SVG.)
 */
import { colours, patternIds } from './fills';

export function MapPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute', overflow: 'hidden' }}>
      <defs>
        <pattern id={patternIds.belowMin} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={colours.red} />
          <rect width="1.6" height="6" fill="#ffffff" fillOpacity="0.85" />
        </pattern>
        <pattern id={patternIds.notReported} patternUnits="userSpaceOnUse" width="6" height="6">
          <rect width="6" height="6" fill={colours.neutral} />
          <path d="M0,0 L6,6 M6,0 L0,6" stroke={colours.neutralInk} strokeWidth="0.9" />
        </pattern>
        <pattern id={patternIds.pending} patternUnits="userSpaceOnUse" width="5" height="5">
          <rect width="5" height="5" fill={colours.neutral} />
          <circle cx="2.5" cy="2.5" r="1.1" fill={colours.neutralInk} />
        </pattern>
        <pattern id={patternIds.outside} patternUnits="userSpaceOnUse" width="4" height="4">
          <rect width="4" height="4" fill={colours.outside} />
        </pattern>
      </defs>
    </svg>
  );
}
