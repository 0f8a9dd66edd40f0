import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Member, Unit, UnitHistoryEntry, UnitKind } from '../types';

export const unitsKey = ['organisation', 'units'] as const;

export function useUnits() {
  return useQuery({
    queryKey: unitsKey,
    queryFn: () => api.get<Unit[]>('/api/organisation/units'),
    staleTime: 60_000,
  });
}

export function useUnit(id: string | undefined) {
  return useQuery({
    queryKey: [...unitsKey, id],
    queryFn: () => api.get<Unit>(`/api/organisation/units/${id}`),
    enabled: !!id,
  });
}

export function useUnitHistory(id: string | undefined) {
  return useQuery({
    queryKey: [...unitsKey, id, 'history'],
    queryFn: () => api.get<UnitHistoryEntry[]>(`/api/organisation/units/${id}/history`),
    enabled: !!id,
  });
}

export function useUnitMembersOn(id: string | undefined, date: string, enabled = true) {
  return useQuery({
    queryKey: [...unitsKey, id, 'members-on', date],
    queryFn: () => api.get<Member[]>(`/api/organisation/units/${id}/members-on`, { params: { date } }),
    enabled: !!id && enabled,
  });
}

function useUnitMutation<V>(fn: (variables: V) => Promise<Unit>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // Any change can move nodes around, rename ancestors or change history: reload the tree.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsKey }),
  });
}

export type NewUnit = { kind: UnitKind; code: string; name: string; parentId: string; validFrom: string };

export const useCreateUnit = () => useUnitMutation((body: NewUnit) => api.post<Unit>('/api/organisation/units', body));

export const useRenameUnit = () =>
  useUnitMutation(({ id, ...body }: { id: string; name: string; validFrom: string }) =>
    api.patch<Unit>(`/api/organisation/units/${id}`, body),
  );

export const useMoveUnit = () =>
  useUnitMutation(({ id, ...body }: { id: string; parentId: string; validFrom: string }) =>
    api.post<Unit>(`/api/organisation/units/${id}/move`, body),
  );

export const useDissolveUnit = () =>
  useUnitMutation(({ id, ...body }: { id: string; date: string; reason: string }) =>
    api.post<Unit>(`/api/organisation/units/${id}/dissolve`, body),
  );

export const useSetLeaders = () =>
  useUnitMutation(({ id, ...body }: { id: string; leaderMemberId: string | null; deputyMemberId: string | null }) =>
    api.put<Unit>(`/api/organisation/units/${id}/leaders`, body),
  );

export function exportUrl(unitId: string, format: 'csv' | 'xlsx') {
  return `/api/organisation/units/${unitId}/members/export?format=${format}`;
}
