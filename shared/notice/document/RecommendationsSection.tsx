/** ๕ OPDC's national recommendations for the indicators of ๓.๑ and ๓.๒. */
import { noticeText } from '../format';
import { text } from './parts';
import type { Digits, NoticeRecommendation } from '../../contracts/notice';

export function RecommendationsSection({ recommendations, digits }: { recommendations: NoticeRecommendation[]; digits: Digits }) {
  if (recommendations.length === 0) return null;
  const t = (s: string) => text(s, digits);
  return (
    <section className="nd-recommendations">
      <h2>{t(noticeText.section5)}</h2>
      {recommendations.map((r, i) => (
        <div key={r.indicatorCode} className="nd-recommendation">
          <h3>{t(`${i + 1}. ${r.nameTh}`)}</h3>
          <p className="nd-text">{t(r.text)}</p>
        </div>
      ))}
    </section>
  );
}
