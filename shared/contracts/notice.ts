/**
 * The status notice model (เอกสารแจ้งสถานะการดำเนินงาน): everything a notice shows, as data. The server
 * builds it from the store, freezes it as JSON when a notice is issued, and the same `NoticeDocument`
 * component renders it on screen and for print. Pure: no I/O, no framework imports.
 */
import { z } from 'zod';
import { Level, Result, Status, StatusCounts, Targets } from './classification';
import { Direction, IndicatorGroup, IndicatorKind } from './reference';

/**
 * A drafted text staff may edit (a province's observation, a national recommendation), as the API
 * shows it: the draft and the edit are stored side by side (server/platform/db/schema/notices.ts).
 */
export const EditableText = z.object({
  /** The text the notice prints: staff's edit when there is one, else the draft. Digits as typed (Arabic in drafts). */
  text: z.string(),
  edited: z.boolean(),
  editedBy: z.string().nullable(),
  editedAt: z.string().nullable(),
  /** The draft was re-drafted (its facts changed) after staff edited it: the edit may be out of date. */
  draftChangedSinceEdit: z.boolean(),
});
export type EditableText = z.infer<typeof EditableText>;

export const NoticeObservation = EditableText.extend({
  /** The drafting situation (data/observation-templates), e.g. `belowMin.higher`. */
  templateId: z.string(),
});
export type NoticeObservation = z.infer<typeof NoticeObservation>;

/** One item of the notice: an indicator without components, or one component (each counts as one). */
export const NoticeItem = z.object({
  assignmentId: z.number().int(),
  indicatorCode: z.string(),
  indicatorSeq: z.number().int(),
  nameTh: z.string(),
  group: IndicatorGroup,
  /** An example indicator filling a slot the source does not name; its name carries “[ตัวอย่าง]”. */
  example: z.boolean(),
  unitTh: z.string(),
  /**
   * Places the notice prints values and targets with (the catalog's `decimals`). Absent in versions
   * frozen before the catalog had it: those print as they were issued (up to 2 places, unpadded).
   */
  decimals: z.number().int().optional(),
  direction: Direction,
  kind: IndicatorKind,
  component: z.string().nullable(),
  componentLabelTh: z.string().nullable(),
  targets: Targets,
  result: Result,
  status: Status,
  level: Level.nullable(),
  note: z.string().nullable(),
  observation: NoticeObservation,
});
export type NoticeItem = z.infer<typeof NoticeItem>;

export const NoticeRecommendation = z.object({ indicatorCode: z.string(), nameTh: z.string(), text: z.string() });
export type NoticeRecommendation = z.infer<typeof NoticeRecommendation>;

export const NoticeModel = z.object({
  schemaVersion: z.literal(1),
  year: z.number().int(),
  round: z.number().int(),
  /** ตัวชี้วัดตามมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการของจังหวัด */
  measureTh: z.string(),
  province: z.object({ iso: z.string(), nameTh: z.string(), nameEn: z.string() }),
  counts: z.object({
    items: z.number().int(),
    components: z.number().int(),
    byStatus: StatusCounts,
  }),
  /** Catalog order, then component. */
  items: z.array(NoticeItem),
  /** National recommendations of the indicators the province should prioritise (not reported / below minimum). */
  recommendations: z.array(NoticeRecommendation),
});
export type NoticeModel = z.infer<typeof NoticeModel>;

/**
 * The round's national annex: OPDC's recommendations, the same for every province, printed once and
 * referred to by each notice (its ๕). Catalog order; only indicators some province must prioritise.
 */
export const AnnexModel = z.object({
  year: z.number().int(),
  round: z.number().int(),
  measureTh: z.string(),
  recommendations: z.array(NoticeRecommendation),
});
export type AnnexModel = z.infer<typeof AnnexModel>;

export const NoticeState = z.enum(['draft', 'reviewed', 'issued']);
export type NoticeState = z.infer<typeof NoticeState>;

/** Where a rendered notice stands: a live draft, or an issued version with who and when. */
export const NoticeStamp = z.object({
  state: NoticeState,
  version: z.number().int().nullable(),
  issuedBy: z.string().nullable(),
  issuedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});
export type NoticeStamp = z.infer<typeof NoticeStamp>;

/** Which digits an official document prints: Thai (the default) or Arabic. */
export const Digits = z.enum(['thai', 'arabic']);
export type Digits = z.infer<typeof Digits>;
