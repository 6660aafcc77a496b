import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { auditKeys } from './keys';

/** The latest year's catalog, for the indicator filter. Reference data: fetched once per visit. */
export const getIndicatorOptions = async () => unwrap(await api.api.indicators.$get({ query: {} }));

export const indicatorOptionsQueryOptions = () => queryOptions({ queryKey: auditKeys.indicatorOptions(), queryFn: getIndicatorOptions, staleTime: Infinity });

export const useIndicatorOptions = () => useQuery(indicatorOptionsQueryOptions());
