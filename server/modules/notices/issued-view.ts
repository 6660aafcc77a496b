/**
 * What governors and viewers may see of a notice: its latest issued version only. The live notice's
 * state and counts describe an unpublished draft (issue 9), so they are replaced by the frozen ones.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { notices as noticeRows, noticeVersions } from '../../platform/db/schema';
import { NoticeModel } from '../../../shared/contracts/notice';
import type { NoticeStatusInfo } from '../../../shared/contracts/notice-workflow';

/**
 * @example
 * issuedOnly(db, roundId, listNotices(db, ctx)) // issued notices, as they were issued
 */
export function issuedOnly(db: Db, roundId: number, notices: NoticeStatusInfo[]): NoticeStatusInfo[] {
  const frozen = db
    .select({ iso: noticeRows.provinceIso, hash: noticeVersions.contentHash, modelJson: noticeVersions.modelJson })
    .from(noticeRows)
    .innerJoin(noticeVersions, and(eq(noticeVersions.noticeId, noticeRows.id), eq(noticeVersions.version, noticeRows.currentVersion)))
    .where(eq(noticeRows.roundId, roundId))
    .all();
  const byIso = new Map(frozen.map((f) => [f.iso, f]));
  return notices.flatMap((n) => {
    const f = byIso.get(n.iso);
    if (!f || n.version === null) return [];
    const model = NoticeModel.parse(JSON.parse(f.modelJson));
    return [{
      ...n,
      state: 'issued' as const,
      reviewedBy: null,
      reviewedAt: null,
      changedSinceIssue: false,
      counts: model.counts,
      editedObservations: model.items.filter((i) => i.observation.edited).length,
      hash: f.hash,
    }];
  });
}
