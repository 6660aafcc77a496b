/** A province's results across rounds and fiscal years (the province page's line chart). */
import { z } from 'zod';
import { Classified } from './classification';
import { Province } from './reference';
import { IndicatorLabel } from './rounds';

export const HistoryPoint = z
  .object({ year: z.number().int(), round: z.number().int() })
  .extend(Classified.omit({ note: true }).shape)
  .meta({ id: 'HistoryPoint' });
export type HistoryPoint = z.infer<typeof HistoryPoint>;

export const HistorySeries = IndicatorLabel.extend({
  indicatorCode: z.string(),
  nameTh: z.string().describe('Name in the latest fiscal year that has the indicator'),
  component: z.string().nullable(),
  points: z.array(HistoryPoint).describe('Oldest first; only rounds that hold results'),
}).meta({ id: 'HistorySeries' });
export type HistorySeries = z.infer<typeof HistorySeries>;

export const ProvinceHistory = z.object({ province: Province, series: z.array(HistorySeries) });
export type ProvinceHistory = z.infer<typeof ProvinceHistory>;
