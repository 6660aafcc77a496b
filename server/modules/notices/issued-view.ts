/**
 * What governors and viewers may see of a notice: its latest issued version only. The live notice's
 * state and counts describe an unpublished draft (issue 9), so they are replaced by the frozen ones.
 */
import type { Db } from '../../platform/db/client';
import type { NoticeModel } from '../../../shared/contracts/notice';
import type { NoticeStatusInfo } from './workflow';

/**
 * @example
 * issuedOnly(db, roundId, listNotices(db, ctx)) // issued notices, as they were issued
 */
export function issuedOnly(db: Db, roundId: number, notices: NoticeStatusInfo[]): NoticeStatusInfo[] {
  const frozen = db.$client
    .prepare(
      `select n.province_iso as iso, v.content_hash as hash, v.model_json as modelJson
       from notices n join notice_versions v on v.notice_id = n.id and v.version = n.current_version
       where n.round_id = ?`,
    )
    .all(roundId) as { iso: string; hash: string; modelJson: string }[];
  const byIso = new Map(frozen.map((f) => [f.iso, f]));
  return notices.flatMap((n) => {
    const f = byIso.get(n.iso);
    if (!f || n.version === null) return [];
    const model = JSON.parse(f.modelJson) as NoticeModel;
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
