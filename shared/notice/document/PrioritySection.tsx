/**
 * ๓ the indicators to prioritise: ๓.๑ not reported, ๓.๒ below minimum (result, observation and the three
 * targets beneath), ๓.๓ pending.
 */
import { formatQuantity, noticeText } from '../format';
import type { NoticeItem } from '../../contracts/notice';
import { DashRow, ItemName, Observation, ResultRow, ResultTableHead, text, type SectionProps } from './parts';

export function PrioritySection({ sections, ...props }: SectionProps & { sections: { notReported: NoticeItem[]; belowMin: NoticeItem[]; pending: NoticeItem[] } }) {
  const t = (s: string) => text(s, props.digits);
  return (
    <section>
      <h2>{t(noticeText.section3)}</h2>
      <h3>{t(noticeText.section31)}</h3>
      <ObservationTable items={sections.notReported} {...props} />
      <h3>{t(noticeText.section32)}</h3>
      <BelowMinTable items={sections.belowMin} {...props} />
      <h3>{t(noticeText.section33)}</h3>
      <ObservationTable items={sections.pending} {...props} />
    </section>
  );
}

/** Indicator and OPDC observation, one tbody per item so rows never split. */
function ObservationTable({ items, ...props }: SectionProps & { items: NoticeItem[] }) {
  return (
    <table className="nd-table nd-two">
      <thead>
        <tr>
          <th className="nd-indicator">{text(noticeText.colIndicator, 'thai')}</th>
          <th>{text(noticeText.colObservation, 'thai')}</th>
        </tr>
      </thead>
      {items.length === 0 ? (
        <DashRow cols={2} />
      ) : (
        items.map((item, i) => (
          <tbody key={item.assignmentId}>
            <tr>
              <td>
                <ItemName item={item} n={i + 1} digits={props.digits} />
              </td>
              <td>
                <Observation item={item} {...props} />
              </td>
            </tr>
          </tbody>
        ))
      )}
    </table>
  );
}

function BelowMinTable({ items, ...props }: SectionProps & { items: NoticeItem[] }) {
  const { digits } = props;
  return (
    <table className="nd-table nd-three">
      <ResultTableHead />
      {items.length === 0 ? (
        <DashRow cols={3} />
      ) : (
        items.map((item, i) => (
          // One tbody per indicator keeps its row and its targets on the same page.
          <tbody key={item.assignmentId} className="nd-group">
            <ResultRow item={item} n={i + 1} {...props} />
            <tr className="nd-targets">
              <td colSpan={3}>
                <table className="nd-target-table">
                  <thead>
                    <tr>
                      <th>{text(noticeText.targetMin, digits)}</th>
                      <th>{text(noticeText.targetStd, digits)}</th>
                      <th>{text(noticeText.targetAdv, digits)}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <tr>
                      <td>{text(formatQuantity(item.targets.min, item.unitTh, digits), digits)}</td>
                      <td>{text(formatQuantity(item.targets.std, item.unitTh, digits), digits)}</td>
                      <td>{text(formatQuantity(item.targets.adv, item.unitTh, digits), digits)}</td>
                    </tr>
                  </tbody>
                </table>
              </td>
            </tr>
          </tbody>
        ))
      )}
    </table>
  );
}
