/**
 * The status notice (เอกสารแจ้งสถานะการดำเนินงาน) as the governor reads it, in the seed's structure.
 * The same component renders the client's notice page and, through react-dom/server, the printed PDF,
 * so it takes only data: no fetching, no browser APIs. Text is rendered as text (React escapes it), so
 * an observation containing markup shows the markup's characters, never runs it.
 * Styles: notice-document.css (imported by the client page, inlined by the print pipeline).
 */
import { noticeSections } from '../format';
import type { Digits, NoticeModel, NoticeStamp } from '../../contracts/notice';
import { ItemCountSection, StatusCountSection } from './CountSections';
import { MetSection } from './MetSection';
import type { RenderObservation } from './parts';
import { PrioritySection } from './PrioritySection';
import { AnnexReference } from './RecommendationsSection';
import { TitleBlock } from './TitleBlock';

export interface NoticeDocumentProps {
  model: NoticeModel;
  stamp: NoticeStamp;
  digits: Digits;
  /** Replaces the observation cell's content (the staff page puts its editor there); default: the text. */
  renderObservation?: RenderObservation;
  /**
   * Also show the observations of ๓.๓ and ๔, which the printed notice leaves out (the staff page, where
   * they are edited). Default false: exactly what the PDF prints.
   */
  showObservations?: boolean;
}

export function NoticeDocument({ model, stamp, digits, renderObservation, showObservations = false }: NoticeDocumentProps) {
  const sections = noticeSections(model);
  return (
    <article className="notice-doc" lang="th">
      <TitleBlock model={model} stamp={stamp} digits={digits} />
      <ItemCountSection model={model} digits={digits} />
      <StatusCountSection model={model} digits={digits} />
      <PrioritySection sections={sections} digits={digits} renderObservation={renderObservation} showObservations={showObservations} />
      <MetSection items={sections.metMin} digits={digits} renderObservation={renderObservation} showObservations={showObservations} />
      <AnnexReference recommendations={model.recommendations} digits={digits} />
    </article>
  );
}
