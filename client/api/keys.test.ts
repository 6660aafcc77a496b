/**
 * The query keys as the cache sees them: a round's views share the round's prefix (so one prefix
 * reaches them all), distinct reads never share a key, and only the account's own keys count as the
 * account's (a rollback refetches everything else; a sign-in drops it).
 */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { authKeys, isAuthQuery } from '../features/auth';
import { auditKeys } from '../features/audit/api/keys';
import { importKeys } from '../features/imports/api/keys';
import { indicatorKeys } from '../features/indicator/api/keys';
import { noticeKeys } from '../features/notices/api/keys';
import { provinceKeys } from '../features/province/api/keys';
import { userKeys } from '../features/users/api/keys';
import { overviewKeys } from '../features/overview/api/keys';
import { isAccountQuery, provinceShapesKey, provincesKey, roundKeys } from './keys';

const roundViews = (year: number, round: number) => ({
  outlook: roundKeys.outlook(year, round),
  provinceOutlook: roundKeys.provinceOutlook(year, round, 'th-15'),
  changes: roundKeys.changes(year, round, 'previous-round'),
  watchlist: roundKeys.watchlist(year, round),
  province: provinceKeys.round(year, round, 'th-15'),
  indicator: indicatorKeys.round(year, round, 'x1'),
  summary: overviewKeys.summary(year, round),
  items: overviewKeys.items(year, round),
});

const everyKey = () => [
  ...Object.values(roundViews(2566, 1)),
  ...Object.values(roundViews(2566, 2)),
  roundKeys.all,
  provincesKey,
  provinceShapesKey,
  overviewKeys.indicators(2566),
  overviewKeys.indicators(2567),
  provinceKeys.history('TH-15'),
  auditKeys.page({ action: 'import' }),
  auditKeys.batch(1),
  auditKeys.indicatorOptions(),
  importKeys.all,
  userKeys.all,
  noticeKeys.list(2566, 1),
  authKeys.me(),
];

/** Whether invalidating `prefix` reaches a query with `key`, by TanStack's own matching. */
const reaches = (prefix: readonly unknown[], key: readonly unknown[]) => {
  const client = new QueryClient();
  client.setQueryData(key, 'cached');
  return client.getQueryCache().findAll({ queryKey: prefix }).length === 1;
};

describe('query keys', () => {
  it('every view of a round sits under roundKeys.round(year, round), and none under another round', () => {
    for (const [name, key] of Object.entries(roundViews(2566, 1))) {
      expect(reaches(roundKeys.round(2566, 1), key), name).toBe(true);
      expect(reaches(roundKeys.round(2566, 2), key), name).toBe(false);
    }
  });

  it('codes are normalised, so th-15 and TH-15 are one cached read', () => {
    expect(provinceKeys.round(2566, 1, 'th-15')).toEqual(provinceKeys.round(2566, 1, 'TH-15'));
    expect(indicatorKeys.round(2566, 1, 'x1')).toEqual(indicatorKeys.round(2566, 1, 'X1'));
    expect(roundKeys.provinceOutlook(2566, 1, 'th-15')).toEqual(roundKeys.provinceOutlook(2566, 1, 'TH-15'));
  });

  it('distinct reads never share a key', () => {
    const keys = everyKey().map((k) => JSON.stringify(k));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('only the account’s own keys count as the account’s', () => {
    const account = everyKey().filter((k) => isAccountQuery(k));
    expect(account).toEqual([authKeys.me()]);
    expect(isAuthQuery(authKeys.me())).toBe(true);
  });
});
