/** The title block: the notice's name, the measure, fiscal year and round, province, and its state. */
import { formatThaiDateTime } from '../../format/dates';
import { noticeText } from '../format';
import { text } from './parts';
import type { Digits, NoticeModel, NoticeStamp } from '../../contracts/notice';

export function TitleBlock({ model, stamp, digits }: { model: NoticeModel; stamp: NoticeStamp; digits: Digits }) {
  return (
    <header className="nd-title">
      <h1>{noticeText.title}</h1>
      <p>{model.measureTh}</p>
      <p>{text(noticeText.yearRound(model.year, model.round), digits)}</p>
      <p>{noticeText.province(model.province.nameTh)}</p>
      <p className={`nd-stamp nd-stamp-${stamp.state}`}>{text(stampText(stamp, digits), digits)}</p>
    </header>
  );
}

function stampText(stamp: NoticeStamp, digits: Digits): string {
  if (stamp.state === 'issued' && stamp.version !== null && stamp.issuedAt) {
    return noticeText.issued(stamp.version, formatThaiDateTime(stamp.issuedAt, digits));
  }
  return stamp.state === 'reviewed' ? noticeText.reviewed : noticeText.draft;
}
