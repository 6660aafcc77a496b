/**
 * The round's national annex (ภาคผนวก): OPDC's recommendations for the indicators the provinces should
 * prioritise, printed once for all 76 notices instead of in each (they were 2½ pages of every notice).
 * Same sections, text and styles as the notice (notice-document.css), so it prints as its companion.
 */
import { noticeText } from '../format';
import type { AnnexModel, Digits } from '../../contracts/notice';
import { text } from './parts';
import { RecommendationsSection } from './RecommendationsSection';

export function AnnexDocument({ annex, digits }: { annex: AnnexModel; digits: Digits }) {
  const t = (s: string) => text(s, digits);
  return (
    <article className="notice-doc nd-annex" lang="th">
      <header className="nd-title">
        <h1>{t(noticeText.annexTitle)}</h1>
        <p>{t(annex.measureTh)}</p>
        <p>{t(noticeText.yearRound(annex.year, annex.round))}</p>
      </header>
      <p className="nd-annex-intro">{t(noticeText.annexIntro)}</p>
      <RecommendationsSection recommendations={annex.recommendations} digits={digits} />
    </article>
  );
}
