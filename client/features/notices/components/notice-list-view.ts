/**
 * Which notices the list shows, in which order: filtered by notice state and by a status count (e.g.
 * "at least 2 below minimum"), sorted by any column. Pure, so the page and its test share it.
 */
import type { NoticeState } from '../../../../shared/contracts/notice';
import type { Status } from '../../../../shared/contracts/classification';
import type { NoticeListEntry } from '../api/get-notices';

export type NoticeSortKey = 'province' | 'items' | Status | 'state' | 'edited';
export interface NoticeSort {
  key: NoticeSortKey;
  dir: 'asc' | 'desc';
}
export interface NoticeFilter {
  state: 'all' | NoticeState;
  /** Only notices with at least `atLeast` items of this status; 'any' for no status filter. */
  status: 'any' | Status;
  atLeast: number;
}

export const defaultFilter: NoticeFilter = { state: 'all', status: 'any', atLeast: 1 };
export const defaultSort: NoticeSort = { key: 'province', dir: 'asc' };

/** Workflow order, so "by state" reads draft → reviewed → issued. */
const stateRank: Record<NoticeState, number> = { draft: 0, reviewed: 1, issued: 2 };

/** Counts sort from the most to the fewest on a first click: the provinces needing attention first. */
export const firstDirection = (key: NoticeSortKey): NoticeSort['dir'] => (key === 'province' || key === 'state' ? 'asc' : 'desc');

/** The next sort after a click on a column's header: the other direction on the same column, else its first one. */
export const nextSort = (sort: NoticeSort, key: NoticeSortKey): NoticeSort =>
  sort.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: firstDirection(key) };

/**
 * @example
 * viewNotices(notices, { state: 'draft', status: 'belowMin', atLeast: 2 }, { key: 'belowMin', dir: 'desc' }, (n) => n.nameTh)
 * // drafts with two or more items below minimum, the most first (ties by province name)
 */
export function viewNotices(notices: NoticeListEntry[], filter: NoticeFilter, sort: NoticeSort, nameOf: (n: NoticeListEntry) => string, locale = 'th'): NoticeListEntry[] {
  const collator = new Intl.Collator(locale);
  const value = (n: NoticeListEntry): number | string => {
    switch (sort.key) {
      case 'province':
        return nameOf(n);
      case 'items':
        return n.counts.items;
      case 'state':
        return stateRank[n.state];
      case 'edited':
        return n.editedObservations;
      default:
        return n.counts.byStatus[sort.key];
    }
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  return notices
    .filter((n) => filter.state === 'all' || n.state === filter.state)
    .filter((n) => filter.status === 'any' || n.counts.byStatus[filter.status] >= filter.atLeast)
    .map((n) => ({ n, v: value(n) }))
    .sort((a, b) => {
      const by = typeof a.v === 'string' ? collator.compare(a.v, b.v as string) : a.v - (b.v as number);
      // Ties keep the province order, whatever the direction.
      return by * sign || collator.compare(nameOf(a.n), nameOf(b.n));
    })
    .map(({ n }) => n);
}
