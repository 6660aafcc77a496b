/**
 * The round's national summary for staff: per indicator, the provinces below the minimum (from the
 * data) and OPDC's national recommendation, drafted and editable like an observation.
 */
import { z } from 'zod';
import { RoundRef } from './reference';
import { EditableText } from './notice';

export const RecommendationInfo = z
  .object({
    code: z.string(),
    nameTh: z.string(),
    group: z.string(),
    example: z.boolean(),
    componentLabelTh: z.string().nullable(),
    provinces: z.number().int(),
    items: z.number().int(),
    belowMin: z.array(z.object({ iso: z.string(), nameTh: z.string(), component: z.string().nullable() })),
    belowMinProvinces: z.number().int(),
    recommendation: EditableText.extend({
      draftText: z.string(),
      draftSource: z.string().describe('A sourced data file, or template:<situation> when drafted from the counts'),
    }),
  })
  .meta({ id: 'NationalRecommendation' });
export type RecommendationInfo = z.infer<typeof RecommendationInfo>;

/** GET /api/notices/{year}/{round}/recommendations: indicators with items this round, in catalog order. */
export const NationalRecommendations = z.object({ round: RoundRef, indicators: z.array(RecommendationInfo) });
export type NationalRecommendations = z.infer<typeof NationalRecommendations>;
