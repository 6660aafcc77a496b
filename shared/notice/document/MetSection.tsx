/**
 * ๔ the indicators that met the minimum target, and ๓.๓ those still pending, as compact tables: one
 * line per item (name, result, the level reached). Their drafted observations are not printed — the
 * seed's notice comments only on what the province must prioritise (๓.๑, ๓.๒), and printing them took a
 * page per notice. The staff page shows them (`showObservations`) so they can still be read and edited.
 */
import { levelColumnText, noticeText, resultText } from '../format';
import type { NoticeItem } from '../../contracts/notice';
import { ItemTable, type ItemColumn } from './ItemTable';
import { text, type SectionProps } from './parts';

type CompactProps = SectionProps & { items: NoticeItem[]; showObservations?: boolean };

export function MetSection({ items, showObservations, ...props }: CompactProps) {
  const { digits } = props;
  const columns: ItemColumn[] = [
    { head: noticeText.colResult, className: 'nd-result', cell: (item) => text(resultText(item, digits), digits) },
    { head: noticeText.colLevel, className: 'nd-level-col', cell: (item) => (item.level && item.level !== 'belowMin' ? text(levelColumnText[item.level], digits) : '-') },
  ];
  return (
    <section>
      <h2>{text(noticeText.section4, digits)}</h2>
      <ItemTable items={items} className="nd-table nd-compact" columns={columns} observations={showObservations} {...props} />
    </section>
  );
}

/** ๓.๓ the items without a result yet: their names, one line each. */
export function PendingTable({ items, showObservations, ...props }: CompactProps) {
  return <ItemTable items={items} className="nd-table nd-compact" observations={showObservations} {...props} />;
}
