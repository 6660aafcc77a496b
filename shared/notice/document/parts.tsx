/** Small pieces every section of the notice uses: the item's name, the dash row, the observation cell. */
import type { ReactNode } from 'react';
import { displayText, itemName, noticeText, resultText } from '../format';
import { NoticeText } from '../NoticeText';
import type { Digits, NoticeItem } from '../../contracts/notice';

/** Replaces the observation cell's content (the staff page puts its editor there). */
export type RenderObservation = (item: NoticeItem, text: ReactNode) => ReactNode;

/** Every text of the notice goes through NoticeText, so lines break between words, never inside one (linebreak.ts). */
export const text = (s: string, digits: Digits): ReactNode => <NoticeText text={displayText(s, digits)} />;

export interface SectionProps {
  digits: Digits;
  renderObservation?: RenderObservation;
}

export function ItemName({ item, n, digits }: { item: NoticeItem; n: number; digits: Digits }) {
  return (
    <>
      {text(`${n}. ${itemName(item)}`, digits)}
      {item.example && <span className="nd-example">{text(noticeText.example, digits)}</span>}
    </>
  );
}

export function Observation({ item, digits, renderObservation }: SectionProps & { item: NoticeItem }) {
  const shown = <span className="nd-text">{text(item.observation.text, digits)}</span>;
  return <>{renderObservation ? renderObservation(item, shown) : shown}</>;
}

/** The seed prints a dash in every column of an empty table. */
export function DashRow({ cols }: { cols: number }) {
  return (
    <tbody>
      <tr>
        {Array.from({ length: cols }, (_, i) => (
          <td key={i} className="nd-center">
            -
          </td>
        ))}
      </tr>
    </tbody>
  );
}

/** The head shared by ๓.๒ and ๔: indicator, result, OPDC observation. */
export function ResultTableHead() {
  return (
    <thead>
      <tr>
        <th className="nd-indicator">{text(noticeText.colIndicator, 'thai')}</th>
        <th className="nd-result">{text(noticeText.colResult, 'thai')}</th>
        <th>{text(noticeText.colObservation, 'thai')}</th>
      </tr>
    </thead>
  );
}

/** One item's row in ๓.๒ and ๔: its name, its result (and what follows it, e.g. the level), its observation. */
export function ResultRow({ item, n, afterResult, ...props }: SectionProps & { item: NoticeItem; n: number; afterResult?: ReactNode }) {
  return (
    <tr>
      <td>
        <ItemName item={item} n={n} digits={props.digits} />
      </td>
      <td className="nd-center">
        {text(resultText(item, props.digits), props.digits)}
        {afterResult}
      </td>
      <td>
        <Observation item={item} {...props} />
      </td>
    </tr>
  );
}
