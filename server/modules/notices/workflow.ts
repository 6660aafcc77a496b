/**
 * The notice workflow: draft → reviewed → issued. Issuing freezes a version (the whole model as JSON,
 * with its cover letter, who reviewed and issued it, and when). The effective state compares the live content with what
 * was reviewed or issued, so any later change (an edited observation, a new import) makes the notice a
 * draft again while every issued version stays readable.
 */
import { NoticeModel, type NoticeStamp, type NoticeState } from '../../../shared/contracts/notice';
import type { FrozenNotice, NoticeAction, NoticeActionOutcome, NoticeStatusInfo, VersionSummary } from '../../../shared/contracts/notice-workflow';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { appendChained } from '../../platform/db/chain';
import { notices, noticeVersions } from '../../platform/db/schema';
import type { RoundContext } from './context';
import { letterToFreeze } from './letter';
import { buildNoticeModel, noticeContentHash } from './model';

/** A stored notice with its current issued version's hash and stamp (null until issued). */
type NoticeRow = ReturnType<typeof selectNoticeRows>[number];

function selectNoticeRows(db: Db, roundId: number) {
  return db
    .select({
      id: notices.id,
      provinceIso: notices.provinceIso,
      state: notices.state,
      reviewedHash: notices.reviewedHash,
      reviewedBy: notices.reviewedBy,
      reviewedAt: notices.reviewedAt,
      currentVersion: notices.currentVersion,
      currentHash: noticeVersions.contentHash,
      issuedBy: noticeVersions.issuedBy,
      issuedAt: noticeVersions.issuedAt,
    })
    .from(notices)
    .leftJoin(noticeVersions, and(eq(noticeVersions.noticeId, notices.id), eq(noticeVersions.version, notices.currentVersion)))
    .where(eq(notices.roundId, roundId))
    .all();
}

function noticeRows(db: Db, roundId: number): Map<string, NoticeRow> {
  return new Map(selectNoticeRows(db, roundId).map((r) => [r.provinceIso, r]));
}

function effectiveState(row: NoticeRow | undefined, hash: string): NoticeState {
  if (!row) return 'draft';
  if (row.state === 'issued' && row.currentHash === hash) return 'issued';
  if (row.state === 'reviewed' && row.reviewedHash === hash) return 'reviewed';
  return 'draft';
}

function statusInfo(ctx: RoundContext, iso: string, model: NoticeModel, row: NoticeRow | undefined): NoticeStatusInfo {
  const hash = noticeContentHash(model);
  const state = effectiveState(row, hash);
  const p = ctx.provinces.get(iso)!;
  return {
    iso,
    nameTh: p.nameTh,
    nameEn: p.nameEn,
    state,
    version: row?.currentVersion ?? null,
    issuedBy: row?.issuedBy ?? null,
    issuedAt: row?.issuedAt ?? null,
    reviewedBy: state === 'reviewed' ? row!.reviewedBy : null,
    reviewedAt: state === 'reviewed' ? row!.reviewedAt : null,
    changedSinceIssue: row?.currentVersion != null && row.currentHash !== hash,
    counts: model.counts,
    editedObservations: model.items.filter((i) => i.observation.edited).length,
    hash,
  };
}

/** Every province's notice in the round with its effective state, by ISO code order. */
export function listNotices(db: Db, ctx: RoundContext): NoticeStatusInfo[] {
  const rows = noticeRows(db, ctx.roundId);
  return [...ctx.provinces.keys()].map((iso) => statusInfo(ctx, iso, buildNoticeModel(ctx, iso)!, rows.get(iso)));
}

export function noticeStatus(db: Db, ctx: RoundContext, iso: string): NoticeStatusInfo | undefined {
  const model = buildNoticeModel(ctx, iso);
  return model && statusInfo(ctx, iso, model, noticeRows(db, ctx.roundId).get(iso));
}

export type WorkflowAction = NoticeAction;

/** Why an action was refused for one province, in Thai and English like every other refusal. */
const refusals = {
  NOT_IN_ROUND: { th: 'จังหวัดนี้ไม่มีตัวชี้วัดในรอบนี้', en: 'This province has no indicators in this round.' },
  NOT_REVIEWED: { th: 'ต้องตรวจทานก่อนออกเอกสาร', en: 'The notice must be reviewed before it is issued.' },
  ALREADY_ISSUED: { th: 'ออกเอกสารฉบับนี้แล้ว ไม่มีการเปลี่ยนแปลงหลังออกเอกสาร', en: 'This notice is already issued and has not changed since.' },
  NOT_REVIEWED_STATE: { th: 'เอกสารไม่ได้อยู่ในสถานะตรวจทานแล้ว', en: 'The notice is not in the reviewed state.' },
} as const;

const refusal = (code: keyof typeof refusals) => ({ code, message: refusals[code].en, messageTh: refusals[code].th });

/**
 * Applies one workflow action to several notices, each on its own: a refusal for one province does not
 * stop the others. `review` needs a draft, `issue` a reviewed notice whose content has not changed since
 * review, `reopen` a reviewed one (back to draft). Repeating an action that already holds is a success.
 */
export function applyAction(db: Db, ctx: RoundContext, action: WorkflowAction, isos: string[], actor: string, now = new Date().toISOString()): NoticeActionOutcome[] {
  return db.transaction(() => {
    const rows = noticeRows(db, ctx.roundId);
    const ensureRow = (iso: string) =>
      db.insert(notices).values({ roundId: ctx.roundId, provinceIso: iso, state: 'draft', updatedBy: actor, updatedAt: now }).onConflictDoNothing().run();
    const noticeId = (iso: string) =>
      db.select({ id: notices.id }).from(notices).where(and(eq(notices.roundId, ctx.roundId), eq(notices.provinceIso, iso))).get()!.id;
    const setNotice = (id: number, set: Partial<typeof notices.$inferInsert>) => db.update(notices).set({ ...set, updatedBy: actor, updatedAt: now }).where(eq(notices.id, id)).run();
    // `isos` as parsed by the route (upper case).
    return [...new Set(isos)].map((iso): NoticeActionOutcome => {
      const model = buildNoticeModel(ctx, iso);
      if (!model) return { iso, ok: false, state: 'draft', version: null, ...refusal('NOT_IN_ROUND') };
      const row = rows.get(iso);
      const hash = noticeContentHash(model);
      const state = effectiveState(row, hash);
      const version = row?.currentVersion ?? null;
      const refuse = (code: keyof typeof refusals): NoticeActionOutcome => ({ iso, ok: false, state, version, ...refusal(code) });
      ensureRow(iso);
      const id = noticeId(iso);
      switch (action) {
        case 'review':
          if (state === 'issued') return refuse('ALREADY_ISSUED');
          if (state === 'draft') setNotice(id, { state: 'reviewed', reviewedHash: hash, reviewedBy: actor, reviewedAt: now });
          return { iso, ok: true, state: 'reviewed', version };
        case 'reopen':
          if (state !== 'reviewed') return refuse('NOT_REVIEWED_STATE');
          setNotice(id, { state: 'draft', reviewedHash: null, reviewedBy: null, reviewedAt: null });
          return { iso, ok: true, state: 'draft', version };
        case 'issue': {
          if (state === 'issued') return { iso, ok: true, state, version };
          if (state !== 'reviewed') return refuse('NOT_REVIEWED');
          const next = (version ?? 0) + 1;
          // The cover letter is frozen with the version (letter.ts), beside the model: the content hash
          // stays the model's, and NoticeModel.parse leaves the letter out when the version is read.
          const letter = letterToFreeze(db, model.year);
          const frozen = { noticeId: id, version: next, contentHash: hash, modelJson: JSON.stringify(letter ? { ...model, letter } : model), reviewedBy: row!.reviewedBy!, reviewedAt: row!.reviewedAt!, issuedBy: actor, issuedAt: now };
          appendChained(db, noticeVersions, frozen, (v) => db.insert(noticeVersions).values(v).run());
          setNotice(id, { state: 'issued', currentVersion: next });
          return { iso, ok: true, state: 'issued', version: next };
        }
      }
    });
  });
}

export function listVersions(db: Db, roundId: number, iso: string): VersionSummary[] {
  return db
    .select({ version: noticeVersions.version, issuedBy: noticeVersions.issuedBy, issuedAt: noticeVersions.issuedAt, reviewedBy: noticeVersions.reviewedBy, reviewedAt: noticeVersions.reviewedAt })
    .from(noticeVersions)
    .innerJoin(notices, eq(notices.id, noticeVersions.noticeId))
    .where(and(eq(notices.roundId, roundId), eq(notices.provinceIso, iso)))
    .orderBy(noticeVersions.version)
    .all();
}

/** An issued version exactly as issued; `version` undefined means the latest. Undefined when none. */
export function readVersion(db: Db, roundId: number, iso: string, version?: number): FrozenNotice | undefined {
  const row = db
    .select()
    .from(noticeVersions)
    .innerJoin(notices, eq(notices.id, noticeVersions.noticeId))
    .where(and(eq(notices.roundId, roundId), eq(notices.provinceIso, iso), version === undefined ? undefined : eq(noticeVersions.version, version)))
    .orderBy(desc(noticeVersions.version))
    .limit(1)
    .get()?.notice_versions;
  if (!row) return undefined;
  return {
    model: NoticeModel.parse(JSON.parse(row.modelJson)),
    stamp: { state: 'issued', version: row.version, issuedBy: row.issuedBy, issuedAt: row.issuedAt, reviewedBy: row.reviewedBy, reviewedAt: row.reviewedAt },
  };
}

/** The stamp of the live notice: a draft, a reviewed draft, or (unchanged since) its issued version. */
export function liveStamp(info: NoticeStatusInfo): NoticeStamp {
  const issued = info.state === 'issued';
  return {
    state: info.state,
    version: issued ? info.version : null,
    issuedBy: issued ? info.issuedBy : null,
    issuedAt: issued ? info.issuedAt : null,
    reviewedBy: info.reviewedBy,
    reviewedAt: info.reviewedAt,
  };
}
