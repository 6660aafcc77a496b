/**
 * ๓ the indicators to prioritise: ๓.๑ not reported, ๓.๒ below minimum (result, observation and the three
 * targets under the result), ๓.๓ pending (a compact list, MetSection.tsx).
 */
import { formatTarget, noticeText } from '../format';
import type { NoticeItem } from '../../contracts/notice';
import { ItemTable } from './ItemTable';
import { PendingTable } from './MetSection';
import { DashRow, ResultRow, ResultTableHead, text, type SectionProps } from './parts';

type Sections = { notReported: NoticeItem[]; belowMin: NoticeItem[]; pending: NoticeItem[] };

export function PrioritySection({ sections, showObservations, ...props }: SectionProps & { sections: Sections; showObservations?: boolean }) {
  const t = (s: string) => text(s, props.digits);
  return (
    <section>
      <h2>{t(noticeText.section3)}</h2>
      <h3>{t(noticeText.section31)}</h3>
      <ObservationTable items={sections.notReported} {...props} />
      <h3>{t(noticeText.section32)}</h3>
      <BelowMinTable items={sections.belowMin} {...props} />
      <h3>{t(noticeText.section33)}</h3>
      <PendingTable items={sections.pending} showObservations={showObservations} {...props} />
    </section>
  );
}

/** Indicator and OPDC observation. */
function ObservationTable({ items, ...props }: SectionProps & { items: NoticeItem[] }) {
  return <ItemTable items={items} className="nd-table nd-two" observations {...props} />;
}

function BelowMinTable({ items, ...props }: SectionProps & { items: NoticeItem[] }) {
  const { digits } = props;
  return (
    <table className="nd-table nd-three">
      <ResultTableHead />
      {items.length === 0 ? (
        <DashRow cols={3} />
      ) : (
        <tbody>
          {items.map((item, i) => (
            // The three targets sit under the result, in its row: the observation beside them is always
            // longer, so they cost no line (the seed's separate targets row cost two per item).
            <ResultRow key={item.assignmentId} item={item} n={i + 1} {...props} afterResult={<Targets item={item} digits={digits} />} />
          ))}
        </tbody>
      )}
    </table>
  );
}

/** The three targets, each named ("ขั้นต้น ๗๐๗.๑๔ ล้านบาท"; "ไม่เกิน" before a lower-is-better one). */
function Targets({ item, digits }: { item: NoticeItem; digits: SectionProps['digits'] }) {
  const rows = [
    [noticeText.targetMin, item.targets.min],
    [noticeText.targetStd, item.targets.std],
    [noticeText.targetAdv, item.targets.adv],
  ] as const;
  return (
    <dl className="nd-targets">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{text(label, digits)}</dt> <dd>{text(formatTarget(value, item, digits), digits)}</dd>
        </div>
      ))}
    </dl>
  );
}
