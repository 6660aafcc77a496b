/** ๑ how many indicators (and components), ๒ the four statuses with their counts (a dash for zero). */
import { displayText, noticeStatusRows, noticeText } from '../format';
import type { Digits, NoticeModel } from '../../contracts/notice';

export function ItemCountSection({ model, digits }: { model: NoticeModel; digits: Digits }) {
  return (
    <section>
      <h2>{displayText(noticeText.section1(model.counts.items, model.counts.components), digits)}</h2>
    </section>
  );
}

export function StatusCountSection({ model, digits }: { model: NoticeModel; digits: Digits }) {
  const t = (s: string) => displayText(s, digits);
  return (
    <section>
      <h2>{t(noticeText.section2)}</h2>
      <table className="nd-table nd-status">
        <thead>
          <tr>
            <th className="nd-seq">{noticeText.colSeq}</th>
            <th>{noticeText.colStatus}</th>
            <th className="nd-count">{noticeText.colCount}</th>
          </tr>
        </thead>
        <tbody>
          {noticeStatusRows.map((row, i) => (
            <tr key={row.status}>
              <td className="nd-center">{t(String(i + 1))}</td>
              <td>{row.label}</td>
              <td className="nd-center">{model.counts.byStatus[row.status] === 0 ? '-' : t(String(model.counts.byStatus[row.status]))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
