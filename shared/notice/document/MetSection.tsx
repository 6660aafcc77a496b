/** ๔ the indicators that met the minimum target, with the level reached. */
import { levelText, noticeText } from '../format';
import type { NoticeItem } from '../../contracts/notice';
import { DashRow, ResultRow, ResultTableHead, text, type SectionProps } from './parts';

export function MetSection({ items, ...props }: SectionProps & { items: NoticeItem[] }) {
  const { digits } = props;
  return (
    <section>
      <h2>{text(noticeText.section4, digits)}</h2>
      <table className="nd-table nd-three">
        <ResultTableHead />
        {items.length === 0 ? (
          <DashRow cols={3} />
        ) : (
          items.map((item, i) => (
            <tbody key={item.assignmentId}>
              <ResultRow
                item={item}
                n={i + 1}
                {...props}
                afterResult={item.level && item.level !== 'belowMin' && <span className="nd-level">{levelText[item.level]}</span>}
              />
            </tbody>
          ))
        )}
      </table>
    </section>
  );
}
