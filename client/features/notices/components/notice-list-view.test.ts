import { describe, expect, it } from 'vitest';
import type { NoticeListEntry } from '../api/get-notices';
import { defaultFilter, defaultSort, nextSort, viewNotices } from './notice-list-view';

const entry = (iso: string, nameTh: string, state: NoticeListEntry['state'], belowMin: number, notReported = 0, edited = 0): NoticeListEntry =>
  ({
    iso,
    nameTh,
    nameEn: iso,
    state,
    version: state === 'issued' ? 1 : null,
    counts: { items: 10, byStatus: { notReported, belowMin, metMin: 10 - belowMin - notReported, pending: 0 } },
    editedObservations: edited,
    changedSinceIssue: false,
  }) as unknown as NoticeListEntry;

const notices = [
  entry('TH-15', 'อ่างทอง', 'draft', 4, 1),
  entry('TH-10', 'กรุงเทพมหานคร', 'issued', 2),
  entry('TH-16', 'ลพบุรี', 'reviewed', 0, 0, 3),
  entry('TH-17', 'สิงห์บุรี', 'draft', 2, 2),
];
const isos = (list: NoticeListEntry[]) => list.map((n) => n.iso);
const thName = (n: NoticeListEntry) => n.nameTh;

describe('viewNotices', () => {
  it('sorts by province name in Thai order by default', () => {
    expect(isos(viewNotices(notices, defaultFilter, defaultSort, thName))).toEqual(['TH-10', 'TH-16', 'TH-17', 'TH-15']);
  });

  it('sorts by a status count, ties in province order whatever the direction', () => {
    expect(isos(viewNotices(notices, defaultFilter, { key: 'belowMin', dir: 'desc' }, thName))).toEqual(['TH-15', 'TH-10', 'TH-17', 'TH-16']);
    expect(isos(viewNotices(notices, defaultFilter, { key: 'belowMin', dir: 'asc' }, thName))).toEqual(['TH-16', 'TH-10', 'TH-17', 'TH-15']);
    expect(isos(viewNotices(notices, defaultFilter, { key: 'edited', dir: 'desc' }, thName))[0]).toBe('TH-16');
  });

  it('sorts by state in workflow order', () => {
    expect(isos(viewNotices(notices, defaultFilter, { key: 'state', dir: 'asc' }, thName))).toEqual(['TH-17', 'TH-15', 'TH-16', 'TH-10']);
  });

  it('filters by state and by a status count', () => {
    expect(isos(viewNotices(notices, { ...defaultFilter, state: 'draft' }, defaultSort, thName))).toEqual(['TH-17', 'TH-15']);
    expect(isos(viewNotices(notices, { state: 'all', status: 'belowMin', atLeast: 3 }, defaultSort, thName))).toEqual(['TH-15']);
    expect(isos(viewNotices(notices, { state: 'all', status: 'notReported', atLeast: 1 }, defaultSort, thName))).toEqual(['TH-17', 'TH-15']);
    expect(viewNotices(notices, { state: 'issued', status: 'notReported', atLeast: 1 }, defaultSort, thName)).toEqual([]);
  });

  it('a click on the same header reverses; on another starts with its first direction', () => {
    expect(nextSort({ key: 'belowMin', dir: 'desc' }, 'belowMin')).toEqual({ key: 'belowMin', dir: 'asc' });
    expect(nextSort({ key: 'belowMin', dir: 'desc' }, 'province')).toEqual({ key: 'province', dir: 'asc' });
    expect(nextSort(defaultSort, 'notReported')).toEqual({ key: 'notReported', dir: 'desc' });
  });
});
