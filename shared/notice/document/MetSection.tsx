/**
 * ๔ the indicators that met the minimum target, and ๓.๓ those still pending, as compact tables: one
 * line per item (name, result, the level reached). Their drafted observations are not printed — the
 * seed's notice comments only on what the province must prioritise (๓.๑, ๓.๒), and printing them took a
 * page per notice. The staff page shows them (`showObservations`) so they can still be read and edited.
 */
import { levelColumnText, noticeText, resultText } from '../format';
import type { NoticeItem } from '../../contracts/notice';
import { DashRow, ItemName, Observation, text, type SectionProps } from './parts';

type CompactProps = SectionProps & { items: NoticeItem[]; showObservations?: boolean };

export function MetSection({ items, showObservations, ...props }: CompactProps) {
  const { digits } = props;
  const cols = showObservations ? 4 : 3;
  return (
    <section>
      <h2>{text(noticeText.section4, digits)}</h2>
      <table className="nd-table nd-compact">
        <thead>
          <tr>
            <th className="nd-indicator">{text(noticeText.colIndicator, 'thai')}</th>
            <th className="nd-result">{text(noticeText.colResult, 'thai')}</th>
            <th className="nd-level-col">{text(noticeText.colLevel, 'thai')}</th>
            {showObservations && <th>{text(noticeText.colObservation, 'thai')}</th>}
          </tr>
        </thead>
        {items.length === 0 ? (
          <DashRow cols={cols} />
        ) : (
          <tbody>
            {items.map((item, i) => (
              <tr key={item.assignmentId}>
                <td>
                  <ItemName item={item} n={i + 1} digits={digits} />
                </td>
                <td className="nd-center">{text(resultText(item, digits), digits)}</td>
                <td className="nd-center">{item.level && item.level !== 'belowMin' ? text(levelColumnText[item.level], digits) : '-'}</td>
                {showObservations && (
                  <td>
                    <Observation item={item} {...props} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        )}
      </table>
    </section>
  );
}

/** ๓.๓ the items without a result yet: their names, one line each. */
export function PendingTable({ items, showObservations, ...props }: CompactProps) {
  const { digits } = props;
  return (
    <table className="nd-table nd-compact">
      <thead>
        <tr>
          <th className={showObservations ? 'nd-indicator' : undefined}>{text(noticeText.colIndicator, 'thai')}</th>
          {showObservations && <th>{text(noticeText.colObservation, 'thai')}</th>}
        </tr>
      </thead>
      {items.length === 0 ? (
        <DashRow cols={showObservations ? 2 : 1} />
      ) : (
        <tbody>
          {items.map((item, i) => (
            <tr key={item.assignmentId}>
              <td>
                <ItemName item={item} n={i + 1} digits={digits} />
              </td>
              {showObservations && (
                <td>
                  <Observation item={item} {...props} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      )}
    </table>
  );
}
