/**
 * The notices' workflow as the API answers it: each province's notice state in a round, the
 * review/issue actions, the live notice with its issued versions, an observation edit.
 * The state columns mirror `notices` and `notice_versions` (server/platform/db/contracts.test.ts).
 */
import { z } from 'zod';
import { RoundRef } from './reference';
import { NoticeModel, NoticeObservation, NoticeStamp, NoticeState } from './notice';

export const NoticeStatusInfo = z
  .object({
    iso: z.string(),
    nameTh: z.string(),
    nameEn: z.string(),
    state: NoticeState.describe('Effective state: a reviewed or issued notice whose content changed since is a draft again'),
    version: z.number().int().nullable().describe('Latest issued version'),
    issuedBy: z.string().nullable(),
    issuedAt: z.string().nullable(),
    reviewedBy: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    changedSinceIssue: z.boolean(),
    counts: NoticeModel.shape.counts,
    editedObservations: z.number().int(),
    hash: z.string().describe('sha256 of the notice content'),
  })
  .meta({ id: 'NoticeStatus' });
export type NoticeStatusInfo = z.infer<typeof NoticeStatusInfo>;

/** Who reviewed and issued one frozen version, and when (a `notice_versions` row without its content). */
export const VersionSummary = z.object({ version: z.number().int(), issuedBy: z.string(), issuedAt: z.string(), reviewedBy: z.string(), reviewedAt: z.string() });
export type VersionSummary = z.infer<typeof VersionSummary>;

/** GET /api/notices/{year}/{round}: provinces with items this round, by ISO code. */
export const NoticeList = z.object({
  round: RoundRef,
  notices: z.array(NoticeStatusInfo),
  totals: z.object({ draft: z.number().int(), reviewed: z.number().int(), issued: z.number().int() }),
});
export type NoticeList = z.infer<typeof NoticeList>;

export const NoticeAction = z.enum(['review', 'issue', 'reopen']);
export type NoticeAction = z.infer<typeof NoticeAction>;

/** One province's outcome of a bulk action: a refused province has ok=false, a code and a message in English and Thai. */
export const NoticeActionOutcome = z.object({
  iso: z.string(),
  ok: z.boolean(),
  state: NoticeState,
  version: z.number().int().nullable(),
  /** Why it was refused: NOT_IN_ROUND, NOT_REVIEWED, ALREADY_ISSUED, NOT_REVIEWED_STATE. */
  code: z.string().optional(),
  message: z.string().optional(),
  messageTh: z.string().optional(),
});
export type NoticeActionOutcome = z.infer<typeof NoticeActionOutcome>;

export const NoticeActionOutcomes = z.object({ outcomes: z.array(NoticeActionOutcome) });
export type NoticeActionOutcomes = z.infer<typeof NoticeActionOutcomes>;

/** GET /api/notices/{year}/{round}/{iso}: the live notice, its state and its issued versions. */
export const LiveNotice = z.object({ status: NoticeStatusInfo, stamp: NoticeStamp, model: NoticeModel, versions: z.array(VersionSummary) });
export type LiveNotice = z.infer<typeof LiveNotice>;

/** An issued version exactly as frozen. */
export const FrozenNotice = z.object({ stamp: NoticeStamp, model: NoticeModel });
export type FrozenNotice = z.infer<typeof FrozenNotice>;

/** The answer to an observation edit: the observation and the notice state after it. */
export const ObservationEdited = z.object({ observation: NoticeObservation, status: NoticeStatusInfo });
export type ObservationEdited = z.infer<typeof ObservationEdited>;
