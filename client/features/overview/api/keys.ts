/** The overview feature's query keys: the round's summary and items under the round's prefix, the year's catalog apart. */
import { roundKeys } from '../../../api/keys';

export const overviewKeys = {
  summary: (year: number, round: number) => [...roundKeys.round(year, round), 'summary'] as const,
  items: (year: number, round: number) => [...roundKeys.round(year, round), 'items'] as const,
  /** A fiscal year's indicator catalog: not a round's view (one catalog serves both rounds). */
  indicators: (year: number) => ['indicators', year] as const,
};
