/** The overview map's views (issue 11 §5); the chosen one is in the URL as `?map=`. */
export const mapModes = ['status', 'outlook', 'last-year', 'share'] as const;
export type MapMode = (typeof mapModes)[number];

/** The red/amber/green view is the default: the single-colour share hid amber behind "not below minimum". */
export const defaultMapMode: MapMode = 'status';

export const mapModeOf = (value: string | null): MapMode => ((mapModes as readonly string[]).includes(value ?? '') ? (value as MapMode) : defaultMapMode);
