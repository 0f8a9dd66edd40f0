import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { CellAbsences, MemberAttendance, RollCall, RollStatus } from '../types';

const rollKey = (meetingId: string) => ['roll-call', meetingId] as const;

/** The roll call; `pollMs` keeps it live (the room's attendance panel). */
export function useRollCall(meetingId: string, pollMs?: number) {
  return useQuery({
    queryKey: rollKey(meetingId),
    queryFn: () => api.get<RollCall>(`/api/meetings/${meetingId}/roll-call`),
    refetchInterval: pollMs,
  });
}

export type LineChange = { memberId: string; status: RollStatus; reason?: string; version: number; note?: string };

export function useSetLine(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, ...body }: LineChange) => api.put<RollCall>(`/api/meetings/${meetingId}/roll-call/${memberId}`, body),
    onSuccess: (roll) => queryClient.setQueryData(rollKey(meetingId), roll),
    onError: () => queryClient.invalidateQueries({ queryKey: rollKey(meetingId) }),
  });
}

export function useConfirmRoll(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RollCall>(`/api/meetings/${meetingId}/roll-call/confirm`),
    onSuccess: (roll) => queryClient.setQueryData(rollKey(meetingId), roll),
  });
}

export function useCellAbsences(cellId: string, year: number) {
  return useQuery({
    queryKey: ['cell-absences', cellId, year],
    queryFn: () => api.get<CellAbsences>(`/api/cells/${cellId}/absences`, { params: { year } }),
  });
}

export function useMemberAttendance(memberId: string, year: number) {
  return useQuery({
    queryKey: ['member-attendance', memberId, year],
    queryFn: () => api.get<MemberAttendance>(`/api/members/${memberId}/attendance`, { params: { year } }),
  });
}
