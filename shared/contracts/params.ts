/**
 * Path and query parameters, parsed once: the permission guard and the handler both read the parsed,
 * normalised value (an ISO code is trimmed and upper-cased here, nowhere else).
 */
import { z } from 'zod';
import { indicatorCodePattern, isoPattern } from './reference';

export const Year = z.coerce.number().int().min(2500).max(2700).meta({ description: 'Fiscal year, Buddhist Era', example: 2566 });
export const Round = z.coerce
  .number()
  .int()
  .refine((n) => n === 6 || n === 12, { message: 'round must be 6 or 12 (months)' })
  .meta({ description: 'Months into the fiscal year: 6 or 12', example: 6 });
export const IsoCode = z.string().trim().toUpperCase().regex(isoPattern, 'ISO 3166-2:TH code such as TH-15').meta({ example: 'TH-15' });
export const IndicatorCode = z.string().trim().toUpperCase().regex(indicatorCodePattern, 'indicator code such as ECO-05').meta({ example: 'ECO-05' });
export const Id = z.coerce.number().int().positive();

/** `/api/rounds/{year}/{round}/…` */
export const RoundParams = z.object({ year: Year, round: Round });
export const ProvinceRoundParams = RoundParams.extend({ iso: IsoCode });
