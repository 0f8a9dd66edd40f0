import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Addendum, MinutesView, Section, Verification } from '../types';

export const minutesKey = (meetingId: string) => ['minutes', meetingId] as const;
const base = (meetingId: string) => `/api/meetings/${meetingId}/minutes`;

export const exportUrl = (meetingId: string, format: 'docx' | 'pdf') => `${base(meetingId)}/export.${format}`;

export function useMinutes(meetingId: string) {
  return useQuery({ queryKey: minutesKey(meetingId), queryFn: () => api.get<MinutesView>(base(meetingId)) });
}

export function saveSection(meetingId: string, key: string, html: string, version: number) {
  return api.put<Section>(`${base(meetingId)}/sections/${encodeURIComponent(key)}`, { html, version });
}

function useMinutesMutation<V, R>(meetingId: string, fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (result) => {
      if (result && typeof result === 'object' && 'content' in result) {
        queryClient.setQueryData(minutesKey(meetingId), result);
      }
      return queryClient.invalidateQueries({ queryKey: minutesKey(meetingId) });
    },
  });
}

export const useReadBack = (meetingId: string) =>
  useMinutesMutation(meetingId, () => api.post<MinutesView>(`${base(meetingId)}/read-back`));

export const useAdopt = (meetingId: string) =>
  useMinutesMutation(meetingId, (body: { method: 'CHAIR_CONFIRMATION' | 'VOTE'; voteId?: string }) =>
    api.post<MinutesView>(`${base(meetingId)}/adopt`, body),
  );

export const useSign = (meetingId: string) =>
  useMinutesMutation(meetingId, (code: string) => api.post<MinutesView>(`${base(meetingId)}/sign`, { code }));

export const useAddendum = (meetingId: string) =>
  useMinutesMutation(meetingId, (body: { html: string; code: string }) => api.post<Addendum>(`${base(meetingId)}/addenda`, body));

export const useChairEditing = (meetingId: string) =>
  useMinutesMutation(meetingId, (allowed: boolean) =>
    api.post<MinutesView>(`${base(meetingId)}/chair-editing?allowed=${allowed}`),
  );

export const useVerify = (meetingId: string) =>
  useMutation({ mutationFn: () => api.get<Verification>(`${base(meetingId)}/verify`) });
