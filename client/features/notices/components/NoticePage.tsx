/**
 * One province's status notice: the shared `NoticeDocument` (what the PDF prints, plus the observations
 * of ๓.๓ and ๔ so staff can edit them), with the staff's tools around it: edit an observation,
 * review / issue / reopen, switch digits, read earlier issued versions (?version=N) and download the PDF.
 */
import { useState, type ReactNode } from 'react';
import type { NoticeItem } from '../../../../shared/contracts/notice';
import { useI18n } from '../../../app/i18n';
import { ErrorState, QueryStatus } from '../../../components/QueryState';
import { paths } from '../../../lib/paths';
import { Link, useSearchParams } from '../../../lib/router';
import { useNotice } from '../api/get-notice';
import { useNoticeVersion } from '../api/get-notice-version';
import type { Digits } from '../../../../shared/contracts/notice';
import { letterPdfUrl, noticePdfUrl } from '../../../../shared/notice/files';
import { refusalMessage, useNoticeAction } from '../api/post-notice-action';
import { useEditObservation } from '../api/put-observation';
import { NoticeDocument } from '../../../../shared/notice/document/NoticeDocument';
import { TextEditor } from './TextEditor';
import '../../../../shared/notice/document/notice-document.css';
import './notices-page.css';

export interface NoticePageProps {
  year: number;
  round: number;
  iso: string;
  /** OPDC staff edit observations and move the workflow; governors and viewers read the issued notice. */
  canEdit?: boolean;
}

export function NoticePage({ year, round, iso, canEdit = false }: NoticePageProps) {
  const i18n = useI18n();
  const x = i18n.t.noticePages;
  const [search, setSearch] = useSearchParams();
  const versionParam = Number(search.get('version'));
  const version = Number.isInteger(versionParam) && versionParam > 0 ? versionParam : null;
  const digits: Digits = search.get('digits') === 'arabic' ? 'arabic' : 'thai';
  const live = useNotice(year, round, iso);
  const frozen = useNoticeVersion(year, round, iso, version);
  const action = useNoticeAction(year, round);
  const edit = useEditObservation(year, round, iso);
  const [editing, setEditing] = useState<number | null>(null);

  const back = (
    <p>
      <Link to={paths.notices(year, round)}>← {x.back}</Link>
    </p>
  );
  if (live.isError || frozen.isError || !live.data || (version !== null && !frozen.data)) {
    return (
      <>
        {back}
        {/* The frozen version is read only when one is chosen (a disabled query stays pending). */}
        <QueryStatus query={version === null ? live : [live, frozen]} />
      </>
    );
  }
  const { status, versions } = live.data;
  const shown = version !== null && frozen.data ? frozen.data : { model: live.data.model, stamp: live.data.stamp };
  const readOnly = version !== null || !canEdit;
  const run = (a: 'review' | 'issue' | 'reopen') => {
    // Issuing freezes what the governor receives: ask first.
    if (a === 'issue' && !window.confirm(x.confirmIssue(i18n.num(1)))) return;
    action.mutate({ action: a, isos: [iso] });
  };
  const refused = action.data?.outcomes.find((o) => !o.ok);

  const renderObservation = (item: NoticeItem, text: ReactNode) => {
    if (readOnly) return text;
    if (editing === item.assignmentId) {
      return (
        <TextEditor
          initial={item.observation.text}
          label={`${x.edit}: ${item.nameTh}`}
          edited={item.observation.edited}
          busy={edit.isPending}
          onSave={(t) => edit.mutate({ assignmentId: item.assignmentId, text: t }, { onSuccess: () => setEditing(null) })}
          onUseDraft={() => edit.mutate({ assignmentId: item.assignmentId, text: null }, { onSuccess: () => setEditing(null) })}
          onCancel={() => setEditing(null)}
        />
      );
    }
    const o = item.observation;
    return (
      <>
        {text}
        <span className="nd-staff">
          {o.edited && o.editedBy && o.editedAt && <small>{x.editedBy(o.editedBy, i18n.date(o.editedAt))}</small>}
          {o.draftChangedSinceEdit && <small className="nd-warn">{x.draftChanged}</small>}
          <button type="button" className="link-button" onClick={() => setEditing(item.assignmentId)}>
            {x.edit}
          </button>
        </span>
      </>
    );
  };

  return (
    <>
      {back}
      <div className="card nd-toolbar">
        <p>
          <span className={`nd-state nd-state-${status.state}`}>{x.states[status.state]}</span>
          {status.state === 'reviewed' && status.reviewedBy && status.reviewedAt && <small> {x.reviewedBy(status.reviewedBy, i18n.date(status.reviewedAt))}</small>}
          {status.changedSinceIssue && <small className="nd-warn"> · {x.changedSinceIssue}</small>}
        </p>
        <div className="nd-actions">
          {canEdit && (
            <>
              <button type="button" className="primary" disabled={readOnly || status.state !== 'draft' || action.isPending} onClick={() => run('review')}>
                {x.review}
              </button>
              <button type="button" className="primary" disabled={readOnly || status.state !== 'reviewed' || action.isPending} onClick={() => run('issue')}>
                {x.issue}
              </button>
              <button type="button" disabled={readOnly || status.state !== 'reviewed' || action.isPending} onClick={() => run('reopen')}>
                {x.reopen}
              </button>
            </>
          )}
          <span role="group" aria-label={x.digits} className="nd-digits">
            {x.digits}:{' '}
            <button type="button" aria-pressed={digits === 'thai'} onClick={() => setSearch({ digits: null })}>
              {x.digitsThai}
            </button>
            <button type="button" aria-pressed={digits === 'arabic'} onClick={() => setSearch({ digits: 'arabic' })}>
              {x.digitsArabic}
            </button>
          </span>
          <a className="button" href={noticePdfUrl(year, round, iso, digits, version ?? 'current')} download>
            {x.download}
          </a>
          {/* The cover letter of the same version (frozen with it once issued). */}
          <a className="button" href={letterPdfUrl(year, round, iso, digits, version ?? 'current')} download>
            {x.letterPdf}
          </a>
          {!readOnly && versions.length > 0 && status.state !== 'issued' && (
            <a className="button" href={noticePdfUrl(year, round, iso, digits, 'live')} download>
              {x.downloadDraft}
            </a>
          )}
        </div>
        {refused && <p className="nd-editor-error">{refusalMessage(refused, i18n.lang)}</p>}
        {action.isError && <ErrorState error={action.error} />}
        {edit.isError && <ErrorState error={edit.error} />}
        {versions.length > 0 && (
          <nav aria-label={x.versions} className="nd-versions">
            {x.versions}:{' '}
            {canEdit && (
              <button type="button" aria-pressed={version === null} onClick={() => setSearch({ version: null })}>
                {/* After issue the live notice is the issued version until something changes (status.state is effective). */}
                {status.state === 'issued' && status.version !== null ? x.liveIssued(i18n.num(status.version)) : status.state === 'reviewed' ? x.liveReviewed : x.live}
              </button>
            )}
            {versions.map((v) => (
              <button key={v.version} type="button" aria-pressed={version === v.version} onClick={() => setSearch({ version: String(v.version) })} title={x.issuedBy(String(v.version), v.issuedBy, i18n.date(v.issuedAt))}>
                {x.version(i18n.num(v.version))}
              </button>
            ))}
          </nav>
        )}
        {version !== null ? <p className="muted">{x.viewing(i18n.num(version))}</p> : canEdit && <p className="muted small">{x.staffNote}</p>}
      </div>
      <div className="nd-paper">
        <NoticeDocument model={shown.model} stamp={shown.stamp} digits={digits} renderObservation={renderObservation} showObservations />
      </div>
    </>
  );
}
