/** The province picker's matching: Thai or English name (any part, case- and space-insensitive) or ISO code. */
export interface Searchable {
  iso: string;
  code: string;
  nameTh: string;
  nameEn: string;
}

const norm = (s: string) => s.toLowerCase().normalize('NFC').replace(/[\s.-]+/g, '');

/**
 * Provinces matching `query`, best first: an exact ISO code or number ("TH-15", "15"), then names that
 * start with the query, then names that contain it; Thai alphabetical within each.
 */
export function searchProvinces<T extends Searchable>(list: readonly T[], query: string, limit = 8): T[] {
  const q = norm(query);
  if (!q) return [];
  const score = (p: T) => {
    if (norm(p.iso) === q || p.code === q || norm(`th${p.code}`) === q) return 0;
    const names = [norm(p.nameTh), norm(p.nameEn)];
    if (names.some((n) => n.startsWith(q))) return 1;
    if (names.some((n) => n.includes(q)) || norm(p.iso).includes(q)) return 2;
    return 3;
  };
  return list
    .map((p) => ({ p, s: score(p) }))
    .filter((x) => x.s < 3)
    .sort((a, b) => a.s - b.s || a.p.nameTh.localeCompare(b.p.nameTh, 'th'))
    .slice(0, limit)
    .map((x) => x.p);
}

/** The year and round of the page being read, so the picker opens the province in the same round. */
export function roundOfPath(pathname: string): { year: number; round: number } | null {
  const m = /^\/(?:overview|provinces|indicators|watchlist|notices)\/(\d{4})\/(6|12)(?:\/|$)/.exec(pathname);
  return m ? { year: Number(m[1]), round: Number(m[2]) } : null;
}
