import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export const getImports = async () => unwrap(await api.api.imports.$get());

export const importsQueryOptions = () => queryOptions({ queryKey: ['imports'], queryFn: getImports });

export const useImports = () => useQuery(importsQueryOptions());

