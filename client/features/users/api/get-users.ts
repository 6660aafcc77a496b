import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { userKeys } from './keys';

export const getUsers = async () => unwrap(await api.api.users.$get());

export const usersQueryOptions = () => queryOptions({ queryKey: userKeys.all, queryFn: getUsers });

export const useUsers = () => useQuery(usersQueryOptions());
