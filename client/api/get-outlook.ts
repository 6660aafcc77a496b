/**
 * The early-warning reads (issue 11): a round's year-end outlook, one province's, the changes against
 * an earlier round and the watch list. Here, not in one feature, because the overview, the province
 * page and the watch list all read them.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api';
import { roundKeys } from './keys';

const param = (year: number, round: number) => ({ year: String(year), round: String(round) });

export const getRoundOutlook = async (year: number, round: number) => unwrap(await api.api.rounds[':year'][':round'].outlook.$get({ param: param(year, round) }));
export const roundOutlookQueryOptions = (year: number, round: number) =>
  queryOptions({ queryKey: roundKeys.outlook(year, round), queryFn: () => getRoundOutlook(year, round) });
export const useRoundOutlook = (year: number, round: number, enabled = true) => useQuery({ ...roundOutlookQueryOptions(year, round), enabled });
export type RoundOutlook = Awaited<ReturnType<typeof getRoundOutlook>>;

export const getProvinceOutlook = async (year: number, round: number, iso: string) =>
  unwrap(await api.api.rounds[':year'][':round'].provinces[':iso'].outlook.$get({ param: { ...param(year, round), iso } }));
/** An item of one province's outlook, with its explanation (the round-wide list leaves explanations out). */
export type OutlookItem = Awaited<ReturnType<typeof getProvinceOutlook>>['items'][number];
export const provinceOutlookQueryOptions = (year: number, round: number, iso: string) =>
  queryOptions({ queryKey: roundKeys.provinceOutlook(year, round, iso), queryFn: () => getProvinceOutlook(year, round, iso) });
export const useProvinceOutlook = (year: number, round: number, iso: string, enabled = true) => useQuery({ ...provinceOutlookQueryOptions(year, round, iso), enabled });

export type Comparison = 'previous-round' | 'previous-year';
export const getRoundChanges = async (year: number, round: number, against: Comparison) =>
  unwrap(await api.api.rounds[':year'][':round'].changes.$get({ param: param(year, round), query: { against } }));
export const roundChangesQueryOptions = (year: number, round: number, against: Comparison) =>
  queryOptions({ queryKey: roundKeys.changes(year, round, against), queryFn: () => getRoundChanges(year, round, against) });
export const useRoundChanges = (year: number, round: number, against: Comparison) => useQuery(roundChangesQueryOptions(year, round, against));
export type RoundChanges = Awaited<ReturnType<typeof getRoundChanges>>;

export const getWatchlist = async (year: number, round: number) => unwrap(await api.api.rounds[':year'][':round'].watchlist.$get({ param: param(year, round) }));
export const watchlistQueryOptions = (year: number, round: number) =>
  queryOptions({ queryKey: roundKeys.watchlist(year, round), queryFn: () => getWatchlist(year, round) });
export const useWatchlist = (year: number, round: number) => useQuery(watchlistQueryOptions(year, round));
export type Watchlist = Awaited<ReturnType<typeof getWatchlist>>;
export type WatchProvince = Watchlist['provinces'][number];
