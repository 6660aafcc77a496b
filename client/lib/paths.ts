/** Every page's URL in one place, so features link to each other without importing each other. */

const q = (params: Record<string, string | null | undefined>) => {
  const s = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  return s ? `?${s}` : '';
};

export const paths = {
  home: () => '/',
  overview: (year: number, round: number, indicator?: string | null) => `/overview/${year}/${round}${q({ indicator })}`,
  indicator: (year: number, round: number, code: string) => `/indicators/${year}/${round}/${encodeURIComponent(code)}`,
  province: (year: number, round: number, iso: string) => `/provinces/${year}/${round}/${encodeURIComponent(iso)}`,
  import: () => '/import',
  notices: (year: number, round: number) => `/notices/${year}/${round}`,
  notice: (year: number, round: number, iso: string) => `/notices/${year}/${round}/${encodeURIComponent(iso)}`,
  audit: () => '/audit',
  users: () => '/users',
  watchlist: (year: number, round: number) => `/watchlist/${year}/${round}`,
};
