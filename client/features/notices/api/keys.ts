/** The notices feature's query keys: every notice query of a round sits under `round(year, round)`, so an edit refreshes them all. */
export const noticeKeys = {
  round: (year: number, round: number) => ['notices', year, round] as const,
  list: (year: number, round: number) => [...noticeKeys.round(year, round), 'list'] as const,
  one: (year: number, round: number, iso: string) => [...noticeKeys.round(year, round), 'one', iso] as const,
  version: (year: number, round: number, iso: string, version: number) => [...noticeKeys.round(year, round), 'version', iso, version] as const,
  recommendations: (year: number, round: number) => [...noticeKeys.round(year, round), 'recommendations'] as const,
  batch: (id: string) => ['notice-batches', id] as const,
};
