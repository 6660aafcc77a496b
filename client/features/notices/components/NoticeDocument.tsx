/**
 * The status notice (เอกสารแจ้งสถานะการดำเนินงาน) as the governor reads it, in the seed's structure.
 * The same component renders the screen page and, through react-dom/server, the printed PDF, so it
 * takes only data: no fetching, no browser APIs. Text is rendered as text (React escapes it), so an
 * observation containing markup shows the markup's characters, never runs it.
 * Styles: notice-document.css (imported by the screen page, inlined by the print pipeline).
 */
import type { ReactNode } from 'react';
import {
  displayText,
  formatQuantity,
  formatThaiDateTime,
  itemName,
  levelText,
  noticeSections,
  noticeStatusRows,
  noticeText,
  resultText,
} from '../../../../shared/notice/format';
import type { Digits, NoticeItem, NoticeModel, NoticeStamp } from '../../../../shared/notice/model';
import { NoticeText } from '../../../../shared/notice/NoticeText';

export interface NoticeDocumentProps {
  model: NoticeModel;
  stamp: NoticeStamp;
  digits: Digits;
  /** Replaces the observation cell's content (the staff page puts its editor there); default: the text. */
  renderObservation?: (item: NoticeItem, text: ReactNode) => ReactNode;
}

export function NoticeDocument({ model, stamp, digits, renderObservation }: NoticeDocumentProps) {
  // Every text goes through NoticeText, so lines break between words, never inside one (linebreak.ts).
  const t = (s: string) => <NoticeText text={displayText(s, digits)} />;
  const sections = noticeSections(model);
  const observation = (item: NoticeItem) => {
    const text = <span className="nd-text">{t(item.observation.text)}</span>;
    return renderObservation ? renderObservation(item, text) : text;
  };
  const name = (item: NoticeItem, n: number) => (
    <>
      {t(`${n}. ${itemName(item)}`)}
      {item.example && <span className="nd-example">{t(noticeText.example)}</span>}
    </>
  );
  const dash = (cols: number) => (
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
  /** ๓.๑ not reported and ๓.๓ pending: indicator and OPDC observation, one tbody per item so rows never split. */
  const observationTable = (items: NoticeItem[]) => (
    <table className="nd-table nd-two">
      <thead>
        <tr>
          <th className="nd-indicator">{t(noticeText.colIndicator)}</th>
          <th>{t(noticeText.colObservation)}</th>
        </tr>
      </thead>
      {items.length === 0
        ? dash(2)
        : items.map((item, i) => (
            <tbody key={item.assignmentId}>
              <tr>
                <td>{name(item, i + 1)}</td>
                <td>{observation(item)}</td>
              </tr>
            </tbody>
          ))}
    </table>
  );

  return (
    <article className="notice-doc" lang="th">
      <header className="nd-title">
        <h1>{noticeText.title}</h1>
        <p>{model.measureTh}</p>
        <p>{t(noticeText.yearRound(model.year, model.round))}</p>
        <p>{noticeText.province(model.province.nameTh)}</p>
        <p className={`nd-stamp nd-stamp-${stamp.state}`}>{t(stampText(stamp, digits))}</p>
      </header>

      <section>
        <h2>{t(noticeText.section1(model.counts.items, model.counts.components))}</h2>
      </section>

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

      <section>
        <h2>{t(noticeText.section3)}</h2>

        <h3>{t(noticeText.section31)}</h3>
        {observationTable(sections.notReported)}

        <h3>{t(noticeText.section32)}</h3>
        <table className="nd-table nd-three">
          <thead>
            <tr>
              <th className="nd-indicator">{t(noticeText.colIndicator)}</th>
              <th className="nd-result">{t(noticeText.colResult)}</th>
              <th>{t(noticeText.colObservation)}</th>
            </tr>
          </thead>
          {sections.belowMin.length === 0
            ? dash(3)
            : sections.belowMin.map((item, i) => (
                // One tbody per indicator keeps its row and its targets on the same page.
                <tbody key={item.assignmentId} className="nd-group">
                  <tr>
                    <td>{name(item, i + 1)}</td>
                    <td className="nd-center">{t(resultText(item, digits))}</td>
                    <td>{observation(item)}</td>
                  </tr>
                  <tr className="nd-targets">
                    <td colSpan={3}>
                      <table className="nd-target-table">
                        <thead>
                          <tr>
                            <th>{t(noticeText.targetMin)}</th>
                            <th>{t(noticeText.targetStd)}</th>
                            <th>{t(noticeText.targetAdv)}</th>
                          </tr>
                        </thead>
                        <tbody>
                          <tr>
                            <td>{t(formatQuantity(item.targets.min, item.unitTh, digits))}</td>
                            <td>{t(formatQuantity(item.targets.std, item.unitTh, digits))}</td>
                            <td>{t(formatQuantity(item.targets.adv, item.unitTh, digits))}</td>
                          </tr>
                        </tbody>
                      </table>
                    </td>
                  </tr>
                </tbody>
              ))}
        </table>

        <h3>{t(noticeText.section33)}</h3>
        {observationTable(sections.pending)}
      </section>

      <section>
        <h2>{t(noticeText.section4)}</h2>
        <table className="nd-table nd-three">
          <thead>
            <tr>
              <th className="nd-indicator">{t(noticeText.colIndicator)}</th>
              <th className="nd-result">{t(noticeText.colResult)}</th>
              <th>{t(noticeText.colObservation)}</th>
            </tr>
          </thead>
          {sections.metMin.length === 0
            ? dash(3)
            : sections.metMin.map((item, i) => (
                <tbody key={item.assignmentId}>
                  <tr>
                    <td>{name(item, i + 1)}</td>
                    <td className="nd-center">
                      {t(resultText(item, digits))}
                      {item.level && item.level !== 'belowMin' && <span className="nd-level">{levelText[item.level]}</span>}
                    </td>
                    <td>{observation(item)}</td>
                  </tr>
                </tbody>
              ))}
        </table>
      </section>

      {model.recommendations.length > 0 && (
        <section className="nd-recommendations">
          <h2>{t(noticeText.section5)}</h2>
          {model.recommendations.map((r, i) => (
            <div key={r.indicatorCode} className="nd-recommendation">
              <h3>{t(`${i + 1}. ${r.nameTh}`)}</h3>
              <p className="nd-text">{t(r.text)}</p>
            </div>
          ))}
        </section>
      )}
    </article>
  );
}

function stampText(stamp: NoticeStamp, digits: Digits): string {
  if (stamp.state === 'issued' && stamp.version !== null && stamp.issuedAt) {
    return noticeText.issued(stamp.version, formatThaiDateTime(stamp.issuedAt, digits));
  }
  return stamp.state === 'reviewed' ? noticeText.reviewed : noticeText.draft;
}
