import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { importKeys } from './keys';

export const getImports = async () => unwrap(await api.api.imports.$get());

export const importsQueryOptions = () => queryOptions({ queryKey: importKeys.all, queryFn: getImports });

export const useImports = () => useQuery(importsQueryOptions());

