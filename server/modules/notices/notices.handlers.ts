import type { RouteHandler } from '@hono/zod-openapi';
import { issuedOnly } from './issued-view';
import { normalizeThai } from '../../../shared/thai';
import type { Db } from '../../platform/db/client';
import { loadRoundContext, type LoadOptions, type RoundContext } from './context';
import { buildNoticeModel } from './model';
import { editObservation as storeObservationEdit } from './observations';
import { editRecommendation as storeRecommendationEdit, recommendationText } from './recommendations';
import { applyAction, listNotices, listVersions, liveStamp, noticeStatus, readVersion } from './workflow';
import { recordAudit } from '../audit/audit.record';
import { clientIp } from '../../platform/http/auth';
import { ApiError, notFound } from '../../platform/http/errors';
import { cachedJson, VersionedCache, type CachedJson } from '../../platform/http/cache';
import type { AppEnv } from '../../platform/http/env';
import { canViewDraftNotices, inScope, ownProvince } from '../../../shared/policy';
import type * as routes from './notices.routes';
import type * as national from './notices.recommendations.routes';

/**
 * Loads the round with its drafts brought up to date (see `LoadOptions.drafts`); `store` only on writes.
 * 404 when there is no such round.
 */
export function requireRound(db: Db, year: number, round: number, drafts: LoadOptions['drafts'] = 'all', store = false): RoundContext {
  const ctx = loadRoundContext(db, year, round, { drafts, store });
  if (!ctx) throw notFound(`Round ${round} of fiscal year ${year}`, `รอบ ${round} เดือน ปีงบประมาณ ${year}`);
  return ctx;
}

/** `iso` as parsed by the route (upper case). */
export function requireProvince(ctx: RoundContext, iso: string): string {
  if (!ctx.provinces.has(iso)) throw notFound(`A notice for ${iso} in this round`, `เอกสารแจ้งสถานะของจังหวัดรหัส ${iso} ในรอบนี้`);
  return iso;
}

/** Staff text as stored: Thai normalised (ํา → ำ), Windows line ends and control characters removed. */
export function cleanText(text: string): string {
  return normalizeThai(text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')).trim();
}

// Drafting a round's notices is the costliest read: each body is built once per data version, keyed by
// what the caller may see (staff: every draft; others: issued only, a province user its own).
const listCache = new VersionedCache<CachedJson<ReturnType<typeof listBody>>>();
const oneCache = new VersionedCache<CachedJson<ReturnType<typeof draftNotice> | ReturnType<typeof issuedNotice>>>();

export const list: RouteHandler<typeof routes.list, AppEnv> = (c) => {
  const { year, round } = c.req.valid('param');
  const user = c.var.user!;
  const drafts = canViewDraftNotices(user);
  const own = ownProvince(user);
  return cachedJson(c, listCache, `${year}|${round}|${drafts ? 'drafts' : `issued|${own ?? '*'}`}`, () => listBody(c.var.db, year, round, drafts, own));
};

function listBody(db: Db, year: number, round: number, drafts: boolean, own: string | undefined) {
  const ctx = requireRound(db, year, round);
  const all = listNotices(db, ctx);
  // Governors and viewers see issued notices only, as issued (not the live draft's state and counts),
  // and a province user only its own.
  const notices = drafts ? all : issuedOnly(db, ctx.roundId, all.filter((n) => inScope(own, n.iso)));
  const totals = { draft: 0, reviewed: 0, issued: 0 };
  for (const n of notices) totals[n.state]++;
  return { round: { year, round }, notices, totals };
}

export const action: RouteHandler<typeof routes.action, AppEnv> = (c) => {
  const { year, round } = c.req.valid('param');
  const body = c.req.valid('json');
  const ctx = requireRound(c.var.db, year, round, 'all', true);
  const outcomes = applyAction(c.var.db, ctx, body.action, body.isos, c.var.actor.username);
  const actor = c.var.actor;
  const at = new Date(); // one time for the whole click: the audit trail shows it as one entry with its items
  for (const o of outcomes.filter((x) => x.ok)) {
    recordAudit(c.var.db, {
      actorId: actor.id, actorUsername: actor.username, action: `notice.${body.action}`, entityType: 'notice', entityId: `${year}/${round}/${o.iso}`,
      provinceIso: o.iso, after: { state: o.state, version: o.version }, ip: clientIp(c),
    }, at);
  }
  return c.json({ outcomes }, 200);
};

function recommendationInfos(ctx: RoundContext) {
  return [...ctx.recommendations.values()].map((rec) => {
    const ind = ctx.indicators.get(rec.indicatorCode)!;
    const items = ctx.items.filter((it) => it.indicatorCode === rec.indicatorCode);
    const belowMin = items.filter((it) => it.classification.status === 'belowMin').map((it) => ({ iso: it.iso, nameTh: it.provinceNameTh, component: it.component }));
    return {
      code: ind.code,
      nameTh: ind.nameTh,
      group: ind.group,
      example: ind.example,
      componentLabelTh: ind.componentLabelTh,
      provinces: new Set(items.map((it) => it.iso)).size,
      items: items.length,
      belowMin,
      belowMinProvinces: new Set(belowMin.map((b) => b.iso)).size,
      recommendation: {
        text: recommendationText(rec),
        draftText: rec.draftText,
        draftSource: rec.draftSource,
        edited: rec.editedText !== null,
        editedBy: rec.editedBy,
        editedAt: rec.editedAt,
        draftChangedSinceEdit: rec.editedAt !== null && rec.editedAt < rec.draftedAt,
      },
    };
  });
}

export const recommendations: RouteHandler<typeof national.recommendations, AppEnv> = (c) => {
  const { year, round } = c.req.valid('param');
  const ctx = requireRound(c.var.db, year, round, 'none');
  const order = [...ctx.indicators.keys()];
  const indicators = recommendationInfos(ctx).sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
  return c.json({ round: { year, round }, indicators }, 200);
};

export const editRecommendation: RouteHandler<typeof national.editRecommendation, AppEnv> = (c) => {
  const { year, round, code } = c.req.valid('param');
  const { text } = c.req.valid('json');
  const db = c.var.db;
  const ctx = requireRound(db, year, round, 'none', true);
  const rec = ctx.recommendations.get(code);
  if (!rec) throw notFound(`A recommendation for ${code} in this round`, `ข้อเสนอแนะของตัวชี้วัด ${code} ในรอบนี้`);
  const newText = text === null ? null : cleanText(text);
  storeRecommendationEdit(db, rec.id, newText, c.var.actor.username, new Date().toISOString());
  recordAudit(db, {
    actorId: c.var.actor.id, actorUsername: c.var.actor.username, action: newText === null ? 'recommendation.revert' : 'recommendation.edit', entityType: 'recommendation',
    entityId: `${year}/${round}/${rec.indicatorCode}`, before: { text: recommendationText(rec), edited: rec.editedText !== null }, after: { text: newText ?? rec.draftText, edited: newText !== null }, ip: clientIp(c),
  });
  const after = requireRound(db, year, round, 'none');
  return c.json(recommendationInfos(after).find((r) => r.code === rec.indicatorCode)!, 200);
};

export const one: RouteHandler<typeof routes.one, AppEnv> = (c) => {
  const { year, round, iso } = c.req.valid('param');
  const db = c.var.db;
  // The route's rule already limited `iso` to what the caller may open; the key says which version they get.
  if (!canViewDraftNotices(c.var.user!)) return cachedJson(c, oneCache, `${year}|${round}|${iso}|issued`, () => issuedNotice(db, year, round, iso));
  return cachedJson(c, oneCache, `${year}|${round}|${iso}|draft`, () => draftNotice(db, year, round, iso));
};

/** What staff read: the live draft, its state and its issued versions. */
function draftNotice(db: Db, year: number, round: number, iso: string) {
  const ctx = requireRound(db, year, round, iso);
  const code = requireProvince(ctx, iso);
  const status = noticeStatus(db, ctx, code)!;
  return { status, stamp: liveStamp(status), model: buildNoticeModel(ctx, code)!, versions: listVersions(db, ctx.roundId, code) };
}

/** What a governor or viewer reads: the latest issued version as issued, never the working draft. */
function issuedNotice(db: Db, year: number, round: number, iso: string) {
  const ctx = requireRound(db, year, round, 'none');
  const code = requireProvince(ctx, iso);
  const frozen = readVersion(db, ctx.roundId, code);
  if (!frozen) throw notFound(`An issued notice for ${code} in this round`, `เอกสารแจ้งสถานะของจังหวัดนี้ที่ออกแล้วในรอบนี้ (ยังไม่ได้ออกเอกสาร)`);
  const m = frozen.model;
  const status = {
    iso: code, nameTh: m.province.nameTh, nameEn: m.province.nameEn, state: 'issued' as const,
    version: frozen.stamp.version, issuedBy: frozen.stamp.issuedBy, issuedAt: frozen.stamp.issuedAt, reviewedBy: frozen.stamp.reviewedBy, reviewedAt: frozen.stamp.reviewedAt,
    changedSinceIssue: false, counts: m.counts, editedObservations: 0, hash: '',
  };
  return { status, stamp: frozen.stamp, model: m, versions: listVersions(db, ctx.roundId, code) };
}

export const version: RouteHandler<typeof routes.version, AppEnv> = (c) => {
  const { year, round, iso, version } = c.req.valid('param');
  const db = c.var.db;
  const ctx = requireRound(db, year, round, 'none');
  const frozen = readVersion(db, ctx.roundId, iso, version);
  if (!frozen) throw notFound(`Version ${version} of the notice for ${iso}`, `ฉบับที่ ${version} ของเอกสารแจ้งสถานะจังหวัดรหัส ${iso}`);
  return c.json(frozen, 200);
};

export const editObservation: RouteHandler<typeof routes.editObservation, AppEnv> = (c) => {
  const { year, round, iso, assignmentId } = c.req.valid('param');
  const { text } = c.req.valid('json');
  const db = c.var.db;
  const ctx = requireRound(db, year, round, iso, true);
  requireProvince(ctx, iso);
  const item = ctx.itemsByProvince.get(iso)!.find((it) => it.assignmentId === assignmentId);
  if (!item) throw notFound(`Indicator item ${assignmentId} in the notice for ${iso}`, `ตัวชี้วัดรายการที่ ${assignmentId} ในเอกสารของจังหวัดรหัส ${iso}`);
  const cleaned = text === null ? null : cleanText(text);
  if (cleaned === '') {
    throw new ApiError(422, 'EMPTY_OBSERVATION', 'An observation cannot be empty; send null to go back to the draft.', 'ข้อสังเกตต้องไม่ว่าง หากต้องการใช้ข้อความร่างเดิม ให้ยกเลิกการแก้ไข');
  }
  const stored = ctx.observations.get(assignmentId)!;
  storeObservationEdit(db, stored.id, cleaned, c.var.actor.username, new Date().toISOString());
  recordAudit(db, {
    actorId: c.var.actor.id, actorUsername: c.var.actor.username, action: cleaned === null ? 'observation.revert' : 'observation.edit', entityType: 'observation',
    entityId: `${year}/${round}/${iso}/${assignmentId}`, provinceIso: iso,
    before: { text: stored.editedText ?? stored.draftText, edited: stored.editedText !== null }, after: { text: cleaned ?? stored.draftText, edited: cleaned !== null }, ip: clientIp(c),
  });
  const after = requireRound(db, year, round, iso);
  const model = buildNoticeModel(after, iso)!;
  return c.json({ observation: model.items.find((i) => i.assignmentId === assignmentId)!.observation, status: noticeStatus(db, after, iso)! }, 200);
};
