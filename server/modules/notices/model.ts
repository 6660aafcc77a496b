/**
 * Builds one province's notice model from a loaded round, and the hash of its content (data and text)
 * that tells whether a reviewed or issued notice is still what is live.
 */
import { createHash } from 'node:crypto';
import { countProvinceItems } from '../../../shared/classification';
import { noticeText } from '../../../shared/notice/format';
import type { AnnexModel, NoticeItem, NoticeModel } from '../../../shared/contracts/notice';
import type { RoundContext } from './context';
import { recommendationText } from './recommendations';

/** Undefined when the province has no items this round. */
export function buildNoticeModel(ctx: RoundContext, iso: string): NoticeModel | undefined {
  const items = ctx.itemsByProvince.get(iso);
  const province = ctx.provinces.get(iso);
  if (!items || !province) return undefined;
  const noticeItems = items.map((it): NoticeItem => {
    const ind = ctx.indicators.get(it.indicatorCode)!;
    const obs = ctx.observations.get(it.assignmentId);
    if (!obs) throw new Error(`No observation drafted for assignment ${it.assignmentId} (${iso} ${it.indicatorCode})`);
    const edited = obs.editedText !== null;
    return {
      assignmentId: it.assignmentId,
      indicatorCode: it.indicatorCode,
      indicatorSeq: it.indicatorSeq,
      nameTh: ind.nameTh,
      group: ind.group,
      example: ind.example,
      unitTh: ind.unitTh,
      decimals: ind.decimals,
      direction: ind.direction,
      kind: ind.kind,
      component: it.component,
      componentLabelTh: ind.componentLabelTh,
      targets: it.targets,
      result: it.result,
      status: it.classification.status,
      level: it.classification.level,
      note: it.note,
      observation: {
        text: edited ? obs.editedText! : obs.draftText,
        edited,
        templateId: obs.templateId,
        editedBy: obs.editedBy,
        editedAt: obs.editedAt,
        draftChangedSinceEdit: edited && obs.editedAt! < obs.draftedAt,
      },
    };
  });
  const prioritised = new Set(noticeItems.filter((i) => i.status === 'notReported' || i.status === 'belowMin').map((i) => i.indicatorCode));
  const recommendations = [...prioritised].flatMap((code) => {
    const rec = ctx.recommendations.get(code);
    const text = rec ? recommendationText(rec).trim() : '';
    return text ? [{ indicatorCode: code, nameTh: ctx.indicators.get(code)!.nameTh, text }] : [];
  });
  return {
    schemaVersion: 1,
    year: ctx.year,
    round: ctx.round,
    measureTh: noticeText.measure,
    province: { iso: province.iso, nameTh: province.nameTh, nameEn: province.nameEn },
    counts: countProvinceItems(noticeItems.map((i) => ({ indicatorCode: i.indicatorCode, component: i.component, status: i.status }))),
    items: noticeItems,
    recommendations,
  };
}

/**
 * The round's national annex: the recommendation of every indicator that at least one province must
 * prioritise (not reported or below minimum), in catalog order — exactly the union of what the
 * notices' ๕ used to print, now printed once.
 */
export function buildAnnexModel(ctx: RoundContext): AnnexModel {
  const prioritised = new Set(ctx.items.filter((i) => i.classification.status === 'notReported' || i.classification.status === 'belowMin').map((i) => i.indicatorCode));
  const recommendations = [...ctx.indicators.values()].flatMap((ind) => {
    const rec = prioritised.has(ind.code) ? ctx.recommendations.get(ind.code) : undefined;
    const text = rec ? recommendationText(rec).trim() : '';
    return text ? [{ indicatorCode: ind.code, nameTh: ind.nameTh, text }] : [];
  });
  return { year: ctx.year, round: ctx.round, measureTh: noticeText.measure, recommendations };
}

/**
 * sha256 of what the notice says: every number and every printed text. Who edited what and when is
 * not content, so it is left out.
 */
export function noticeContentHash(model: NoticeModel): string {
  const content = { ...model, items: model.items.map(({ observation, ...rest }) => ({ ...rest, observation: observation.text })) };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
