/**
 * The item tables of ๓.๑ (not reported), ๓.๓ (pending) and ๔ (met the minimum): one row per item with
 * its numbered name, the table's own columns, and OPDC's observation where the table shows it. They
 * differ only in those columns and the table's class, so they are one component.
 */
import type { ReactNode } from 'react';
import { noticeText } from '../format';
import type { NoticeItem } from '../../contracts/notice';
import { DashRow, ItemName, Observation, text, type SectionProps } from './parts';

/** A column between the name and the observation: its head (always Thai, as the seed prints it) and a centred cell. */
export interface ItemColumn {
  head: string;
  className: string;
  cell(item: NoticeItem): ReactNode;
}

type ItemTableProps = SectionProps & { items: NoticeItem[]; className: string; columns?: ItemColumn[]; observations?: boolean };

export function ItemTable({ items, className, columns = [], observations = false, ...props }: ItemTableProps) {
  // The name column takes its set width only when it shares the table; alone it fills the page.
  const nameClass = columns.length > 0 || observations ? 'nd-indicator' : undefined;
  return (
    <table className={className}>
      <thead>
        <tr>
          <th className={nameClass}>{text(noticeText.colIndicator, 'thai')}</th>
          {columns.map((c) => (
            <th key={c.className} className={c.className}>
              {text(c.head, 'thai')}
            </th>
          ))}
          {observations && <th>{text(noticeText.colObservation, 'thai')}</th>}
        </tr>
      </thead>
      {items.length === 0 ? (
        <DashRow cols={1 + columns.length + (observations ? 1 : 0)} />
      ) : (
        <tbody>
          {items.map((item, i) => (
            <tr key={item.assignmentId}>
              <td>
                <ItemName item={item} n={i + 1} digits={props.digits} />
              </td>
              {columns.map((c) => (
                <td key={c.className} className="nd-center">
                  {c.cell(item)}
                </td>
              ))}
              {observations && (
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
