import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Session } from '../types';

export function getSession(): Promise<Session> {
  return api.get<Session>('/api/session');
}

export const sessionQueryKey = ['session'] as const;

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionQueryKey,
    queryFn: getSession,
    staleTime: 60_000,
  });

export function useSessionQuery() {
  return useQuery(sessionQueryOptions());
}
