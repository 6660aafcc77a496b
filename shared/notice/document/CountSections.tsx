/** ๑ how many indicators (and components), ๒ the four statuses with their counts (a dash for zero). */
import { noticeStatusRows, noticeText } from '../format';
import { text } from './parts';
import type { Digits, NoticeModel } from '../../contracts/notice';

export function ItemCountSection({ model, digits }: { model: NoticeModel; digits: Digits }) {
  return (
    <section>
      <h2>{text(noticeText.section1(model.counts.items, model.counts.components), digits)}</h2>
    </section>
  );
}

export function StatusCountSection({ model, digits }: { model: NoticeModel; digits: Digits }) {
  const t = (s: string) => text(s, digits);
  return (
    <section>
      <h2>{t(noticeText.section2)}</h2>
      <table className="nd-table nd-status">
        <thead>
          <tr>
            <th className="nd-seq">{t(noticeText.colSeq)}</th>
            <th>{t(noticeText.colStatus)}</th>
            <th className="nd-count">{t(noticeText.colCount)}</th>
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
