/**
 * Query keys of the reads several features share. Every view of one round sits under
 * `roundKeys.round(year, round)` (features hang their own round views there too), so a prefix reaches
 * all of a round's cached data; codes are upper-cased because the routes accept either case.
 */
export const roundKeys = {
  all: ['rounds'] as const,
  round: (year: number, round: number) => [...roundKeys.all, year, round] as const,
  outlook: (year: number, round: number) => [...roundKeys.round(year, round), 'outlook'] as const,
  /** The province's outlook sits under the province's round view (features/province's key). */
  provinceOutlook: (year: number, round: number, iso: string) => [...roundKeys.round(year, round), 'provinces', iso.toUpperCase(), 'outlook'] as const,
  changes: (year: number, round: number, against: string) => [...roundKeys.round(year, round), 'changes', against] as const,
  watchlist: (year: number, round: number) => [...roundKeys.round(year, round), 'watchlist'] as const,
};

/** Reference data: the province list (a province's own reads hang under it, see features/province). */
export const provincesKey = ['provinces'] as const;

/** The map's province outlines (a static asset, client/components/map): not data, never invalidated. */
export const provinceShapesKey = ['map', 'provinces'] as const;

/**
 * The signed-in account's queries sit under this root (owned by the auth feature, which other features
 * may not import); everything else cached belongs to that account: dropped at sign-in, refetched after
 * a rollback.
 */
export const accountKeyRoot = ['auth'] as const;
export const isAccountQuery = (key: readonly unknown[]) => key[0] === accountKeyRoot[0];
