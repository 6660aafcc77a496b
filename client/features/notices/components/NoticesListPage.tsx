/**
 * The round's status notices: the batch PDF/ZIP download first (reachable without scrolling past 76
 * rows), then every province's notice state, filtered and sorted (notice-list-view.ts), with bulk review
 * and issue, and the national summary with OPDC's recommendations.
 */
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { EmptyState, ErrorState, QueryStatus } from '../../../components/QueryState';
import { RoundPicker } from '../../../components/RoundPicker';
import { paths } from '../../../lib/paths';
import { useNotices, type NoticeListEntry } from '../api/get-notices';
import type { Digits } from '../../../../shared/contracts/notice';
import { refusalMessage, useNoticeAction, type ActionOutcome, type NoticeAction } from '../api/post-notice-action';
import { BatchDownload } from './BatchDownload';
import { NationalRecommendations } from './NationalRecommendations';
import { NoticeListFilters } from './NoticeListFilters';
import { NoticeListTable } from './NoticeListTable';
import { defaultFilter, defaultSort, nextSort, viewNotices, type NoticeFilter, type NoticeSort } from './notice-list-view';
import './notices-page.css';

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
  const [filter, setFilter] = useState<NoticeFilter>(defaultFilter);
  const [sort, setSort] = useState<NoticeSort>(defaultSort);

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

  const all = data.data.notices;
  const notices = viewNotices(all, filter, sort, (n) => i18n.name(n), i18n.lang);
  const toggle = (iso: string) => {
    const next = new Set(selected);
    if (next.has(iso)) next.delete(iso);
    else next.add(iso);
    setSelected(next);
  };
  // Selection helpers act on the rows shown: a filter narrows what "select all" takes.
  const selectWhere = (pred: (n: NoticeListEntry) => boolean) => setSelected(new Set(notices.filter(pred).map((n) => n.iso)));
  const run = (a: NoticeAction) => {
    // Issuing freezes what the governors receive: ask first, with the count.
    if (a === 'issue' && !window.confirm(x.confirmIssue(i18n.num(selected.size)))) return;
    action.mutate({ action: a, isos: [...selected] }, { onSuccess: (r) => (setOutcomes(r.outcomes), setSelected(new Set())) });
  };
  // A bulk action never reaches a row the filter hides: the selection keeps only the rows still shown.
  const changeFilter = (f: NoticeFilter) => {
    const shown = new Set(viewNotices(all, f, sort, (n) => i18n.name(n), i18n.lang).map((n) => n.iso));
    setFilter(f);
    setSelected(new Set([...selected].filter((iso) => shown.has(iso))));
  };
  const refused = outcomes?.filter((o) => !o.ok) ?? [];

  return (
    <>
      {header}
      {canEdit && <BatchDownload year={year} round={round} digits={digits} />}
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
            {filter === defaultFilter ? x.selectAll : x.list.selectShown}
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
              {refused.length > 0 && `: ${refused.map((o) => `${o.iso} ${refusalMessage(o, i18n.lang)}`).join('; ')}`}
            </p>
          )}
        </div>
        {!canEdit && all.length === 0 ? (
          <EmptyState
            title={x.noneIssued}
            next={x.noneIssuedNext}
          />
        ) : (
          <>
            <NoticeListFilters filter={filter} onChange={changeFilter} shown={notices.length} total={all.length} />
            <NoticeListTable
              year={year}
              round={round}
              notices={notices}
              sort={sort}
              onSort={(key) => setSort(nextSort(sort, key))}
              digits={digits}
              selection={canEdit ? { selected, toggle, label: x.selectAll } : undefined}
            />
          </>
        )}
      </section>
      {canEdit && <NationalRecommendations year={year} round={round} digits={digits} />}
    </>
  );
}
