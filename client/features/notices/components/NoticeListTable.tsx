/** The notice list's table: one row per province, every column sortable from its header. */
import { useI18n } from '../../../app/i18n';
import { paths } from '../../../lib/paths';
import { Link } from '../../../lib/router';
import type { Digits } from '../../../../shared/contracts/notice';
import type { Status } from '../../../../shared/contracts/classification';
import { noticePdfUrl } from '../../../../shared/notice/files';
import type { NoticeListEntry } from '../api/get-notices';
import type { NoticeSort, NoticeSortKey } from './notice-list-view';

const STATUSES: Status[] = ['notReported', 'belowMin', 'metMin', 'pending'];

export interface NoticeListTableProps {
  year: number;
  round: number;
  notices: NoticeListEntry[];
  sort: NoticeSort;
  onSort: (key: NoticeSortKey) => void;
  digits: Digits;
  /** Staff select rows for the bulk actions; others get no checkboxes. */
  selection?: { selected: Set<string>; toggle: (iso: string) => void; label: string };
}

export function NoticeListTable({ year, round, notices, sort, onSort, digits, selection }: NoticeListTableProps) {
  const i18n = useI18n();
  const x = i18n.t.noticePages;
  const header = (key: NoticeSortKey, label: string, full = label) => (
    <th key={key} scope="col" aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="nd-sort" title={x.list.sortBy(full)} onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true" className="nd-sort-mark">
          {sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
  return (
    <div className="table-scroll">
      <table className="nd-list">
        <thead>
          <tr>
            {selection && (
              <th scope="col">
                <span className="visually-hidden">{selection.label}</span>
              </th>
            )}
            {header('province', x.province)}
            {header('items', x.items)}
            {STATUSES.map((s) => header(s, x.list.statusShort[s], i18n.status(s)))}
            {header('state', x.state)}
            {header('edited', x.edited)}
            <th scope="col">{x.pdf}</th>
          </tr>
        </thead>
        <tbody>
          {notices.map((n) => (
            <tr key={n.iso} data-iso={n.iso}>
              {selection && (
                <td>
                  <input type="checkbox" aria-label={`${n.nameTh} ${n.iso}`} checked={selection.selected.has(n.iso)} onChange={() => selection.toggle(n.iso)} />
                </td>
              )}
              <th scope="row">
                <Link to={paths.notice(year, round, n.iso)}>{i18n.name(n)}</Link> <small className="muted">{n.iso}</small>
              </th>
              <td className="num">{i18n.num(n.counts.items)}</td>
              {STATUSES.map((s) => (
                <td key={s} className="num" data-status={s}>
                  {i18n.num(n.counts.byStatus[s])}
                </td>
              ))}
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
  );
}
