/**
 * ๕ OPDC's national recommendations. They are the same for every province, so they are printed once,
 * in the round's national annex (AnnexDocument), and each notice refers to it in one line.
 */
import { noticeText } from '../format';
import { text } from './parts';
import type { Digits, NoticeRecommendation } from '../../contracts/notice';

/** The notice's one line pointing to the annex; nothing when none of its indicators has a recommendation. */
export function AnnexReference({ recommendations, digits }: { recommendations: NoticeRecommendation[]; digits: Digits }) {
  if (recommendations.length === 0) return null;
  return (
    <section className="nd-annex-ref">
      <h2>{text(noticeText.section5Annex, digits)}</h2>
    </section>
  );
}

/** The recommendations themselves, numbered ๕.๑, ๕.๒ … as in the notice's own numbering (the annex prints this). */
export function RecommendationsSection({ recommendations, digits }: { recommendations: NoticeRecommendation[]; digits: Digits }) {
  if (recommendations.length === 0) return null;
  const t = (s: string) => text(s, digits);
  return (
    <section className="nd-recommendations">
      {recommendations.map((r, i) => (
        <div key={r.indicatorCode} className="nd-recommendation">
          <h3>{t(`๕.${i + 1} ${r.nameTh}`)}</h3>
          <p className="nd-text">{t(r.text)}</p>
        </div>
      ))}
    </section>
  );
}
