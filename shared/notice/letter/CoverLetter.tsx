/**
 * The cover letter (หนังสือนำส่ง) as printed: an external letter laid out as ระเบียบงานสารบรรณ
 * prescribes (แบบหนังสือภายนอก): the Garuda 3 cm high at the top centre, ที่ at the left and the
 * sender's address at the right on the same line, the date from the middle of the page, เรื่อง / เรียน /
 * อ้างถึง / สิ่งที่ส่งมาด้วย, the body with indented paragraphs, the closing and signature block from the
 * middle, and the responsible unit with its contact lines at the bottom left. Takes only data (a
 * `LetterModel`), so the screen and the PDF render the same thing. Styles: cover-letter.css.
 */
import { NoticeText } from '../NoticeText';
import type { LetterModel } from './model';

export function CoverLetter({ letter }: { letter: LetterModel }) {
  return (
    <article className="cover-letter" lang="th">
      {letter.draft && <p className="cl-draft">ร่าง</p>}
      <div className="cl-garuda" aria-hidden={letter.garudaDataUrl ? undefined : true}>
        {letter.garudaDataUrl && <img src={letter.garudaDataUrl} alt="ตราครุฑ" />}
      </div>
      <div className="cl-head">
        <p className="cl-ref">{letter.referenceNumber}</p>
        <div className="cl-sender">
          <p>{letter.office}</p>
          {letter.addressLines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      </div>
      <p className="cl-date">{letter.date}</p>
      <dl className="cl-fields">
        <Field label="เรื่อง" value={letter.subject} />
        <Field label="เรียน" value={letter.addressee} />
        {letter.reference && <Field label="อ้างถึง" value={letter.reference} />}
        <Field label="สิ่งที่ส่งมาด้วย" value={letter.enclosure} />
      </dl>
      <div className="cl-body">
        {letter.body.map((p, i) => (
          // Through NoticeText like the notice: no break inside a known word (ค่าเป้า|หมาย was seen here).
          <p key={i}>
            <NoticeText text={p} />
          </p>
        ))}
      </div>
      <div className="cl-sign">
        <p>{letter.closing}</p>
        <p className="cl-sign-space" aria-hidden="true" />
        <p>({letter.signerName})</p>
        <p>{letter.signerPosition}</p>
      </div>
      <div className="cl-contact">
        <p>{letter.unit}</p>
        {letter.contactLines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
    </article>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div className="cl-field">
      <dt>{label}</dt>
      <dd>
        <NoticeText text={value} />
      </dd>
    </div>
  );
}
