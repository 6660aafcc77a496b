/**
 * The round's status notices: every province's notice state, bulk review and issue, batch PDF/ZIP
 * download with progress, and the national summary with OPDC's recommendations.
 */
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { EmptyState, ErrorState, QueryStatus } from '../../../components/QueryState';
import { RoundPicker } from '../../../components/RoundPicker';
import { paths } from '../../../lib/paths';
import { Link } from '../../../lib/router';
import { useNotices, type NoticeListEntry } from '../api/get-notices';
import type { Digits } from '../../../../shared/contracts/notice';
import { noticePdfUrl } from '../../../../shared/notice/files';
import { useNoticeAction, type ActionOutcome, type NoticeAction } from '../api/post-notice-action';
import { BatchDownload } from './BatchDownload';
import { NationalRecommendations } from './NationalRecommendations';
import './notices-page.css';
import { TableHead } from '../../../components/TableHead';

export interface NoticesListPageProps {
  year: number;
  round: number;
  /** OPDC staff review and issue in bulk and download batches; others see the issued notices they may read. */
  canEdit?: boolean;
}

export function NoticesListPage({ year, round, canEdit = false }: NoticesListPageProps) {
  const i18n = useI18n();
  const x = i18n.t.noticePages;
  const data = useNotices(year, round);
  const action = useNoticeAction(year, round);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcomes, setOutcomes] = useState<ActionOutcome[] | null>(null);
  const [digits, setDigits] = useState<Digits>('thai');

  const header = (
    <div className="page-head">
      <h1>
        {x.listTitle}
        <span className="subtitle">{i18n.t.round.title(i18n.digitsOf(year), i18n.digitsOf(round))}</span>
      </h1>
      <RoundPicker year={year} round={round} hrefFor={(y, r) => paths.notices(y, r)} />
    </div>
  );
  if (data.isError || !data.data) {
    return (
      <>
        {header}
        <QueryStatus query={data} />
      </>
    );
  }

  const notices = data.data.notices;
  const toggle = (iso: string) => {
    const next = new Set(selected);
    if (next.has(iso)) next.delete(iso);
    else next.add(iso);
    setSelected(next);
  };
  const selectWhere = (pred: (n: NoticeListEntry) => boolean) => setSelected(new Set(notices.filter(pred).map((n) => n.iso)));
  const run = (a: NoticeAction) => {
    // Issuing freezes what the governors receive: ask first, with the count.
    if (a === 'issue' && !window.confirm(x.confirmIssue(i18n.num(selected.size)))) return;
    action.mutate({ action: a, isos: [...selected] }, { onSuccess: (r) => (setOutcomes(r.outcomes), setSelected(new Set())) });
  };
  const refused = outcomes?.filter((o) => !o.ok) ?? [];

  return (
    <>
      {header}
      <section className="card" aria-labelledby="notices-title">
        <h2 id="notices-title" className="visually-hidden">
          {x.listTitle}
        </h2>
        <p className="nd-totals">
          {(['draft', 'reviewed', 'issued'] as const).map((s) => (
            <span key={s} className={`nd-state nd-state-${s}`}>
              {x.states[s]} {i18n.num(data.data.totals[s])}
            </span>
          ))}
        </p>
        {canEdit && (
        <div className="nd-actions" role="group" aria-label={x.selected(i18n.num(selected.size))}>
          <button type="button" onClick={() => selectWhere(() => true)}>
            {x.selectAll}
          </button>
          <button type="button" onClick={() => selectWhere((n) => n.state === 'draft')}>
            {x.selectState(x.states.draft)}
          </button>
          <button type="button" onClick={() => selectWhere((n) => n.state === 'reviewed')}>
            {x.selectState(x.states.reviewed)}
          </button>
          <button type="button" onClick={() => setSelected(new Set())}>
            {x.clearSelection}
          </button>
          <span className="muted">{x.selected(i18n.num(selected.size))}</span>
          <button type="button" className="primary" disabled={!selected.size || action.isPending} onClick={() => run('review')}>
            {x.review}
          </button>
          <button type="button" className="primary" disabled={!selected.size || action.isPending} onClick={() => run('issue')}>
            {x.issue}
          </button>
          <button type="button" disabled={!selected.size || action.isPending} onClick={() => run('reopen')}>
            {x.reopen}
          </button>
          <label className="nd-digits">
            {x.digits}{' '}
            <select value={digits} onChange={(e) => setDigits(e.target.value as Digits)}>
              <option value="thai">{x.digitsThai}</option>
              <option value="arabic">{x.digitsArabic}</option>
            </select>
          </label>
        </div>
        )}
        <div role="status" aria-live="polite">
          {action.isPending && <p>{x.working}</p>}
          {action.isError && <ErrorState error={action.error} />}
          {outcomes && (
            <p>
              {x.outcome(i18n.num(outcomes.length - refused.length), i18n.num(refused.length))}
              {refused.length > 0 && `: ${refused.map((o) => `${o.iso} ${o.messageTh ?? o.code}`).join('; ')}`}
            </p>
          )}
        </div>
        {!canEdit && notices.length === 0 ? (
          <EmptyState
            title={x.noneIssued}
            next={x.noneIssuedNext}
          />
        ) : (
        <div className="table-scroll">
          <table className="nd-list">
            <TableHead columns={[canEdit && <span className="visually-hidden">{x.selectAll}</span>, x.province, x.items, x.counts, x.state, x.edited, x.pdf]} />
            <tbody>
              {notices.map((n) => (
                <tr key={n.iso}>
                  {canEdit && (
                    <td>
                      <input type="checkbox" aria-label={`${n.nameTh} ${n.iso}`} checked={selected.has(n.iso)} onChange={() => toggle(n.iso)} />
                    </td>
                  )}
                  <th scope="row">
                    <Link to={paths.notice(year, round, n.iso)}>{i18n.name(n)}</Link> <small className="muted">{n.iso}</small>
                  </th>
                  <td className="num">{i18n.num(n.counts.items)}</td>
                  <td className="num">
                    {[n.counts.byStatus.notReported, n.counts.byStatus.belowMin, n.counts.byStatus.metMin, n.counts.byStatus.pending].map((c) => i18n.num(c)).join(' / ')}
                  </td>
                  <td>
                    <span className={`nd-state nd-state-${n.state}`}>{x.states[n.state]}</span>
                    {n.version !== null && <small> {x.version(i18n.num(n.version))}</small>}
                    {n.changedSinceIssue && <small className="nd-warn"> · {x.changedSinceIssue}</small>}
                  </td>
                  <td className="num">{i18n.num(n.editedObservations)}</td>
                  <td>
                    <a href={noticePdfUrl(year, round, n.iso, digits)} download>
                      {x.pdf}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        )}
      </section>
      {canEdit && <BatchDownload year={year} round={round} digits={digits} />}
      {canEdit && <NationalRecommendations year={year} round={round} digits={digits} />}
    </>
  );
}
