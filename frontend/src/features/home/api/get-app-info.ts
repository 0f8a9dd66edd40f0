import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { AppInfo } from '../types';

export function getAppInfo(): Promise<AppInfo> {
  return api.get<AppInfo>('/api/app-info');
}

export const appInfoQueryOptions = () =>
  queryOptions({
    queryKey: ['app-info'],
    queryFn: getAppInfo,
    staleTime: Infinity,
  });

export function useAppInfo() {
  return useQuery(appInfoQueryOptions());
}
