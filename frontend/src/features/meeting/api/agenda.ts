import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { AgendaItem, AgendaItemBody, DocumentClassification, TemplateName } from '../types';

import { meetingsKey } from './meetings';

/** Every agenda or document change reloads the meeting: its warnings (R19, R21) may change with it. */
function useMeetingMutation<V, R = unknown>(fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: meetingsKey }),
  });
}

export const useAddAgendaItem = (meetingId: string) =>
  useMeetingMutation((body: AgendaItemBody) => api.post<AgendaItem>(`/api/meetings/${meetingId}/agenda`, body));

export const useUpdateAgendaItem = (meetingId: string) =>
  useMeetingMutation(({ id, ...body }: AgendaItemBody & { id: string }) =>
    api.put<AgendaItem>(`/api/meetings/${meetingId}/agenda/${id}`, body),
  );

export const useRemoveAgendaItem = (meetingId: string) =>
  useMeetingMutation((itemId: string) => api.delete<void>(`/api/meetings/${meetingId}/agenda/${itemId}`));

export const useReorderAgenda = (meetingId: string) =>
  useMeetingMutation((itemIds: string[]) => api.put<unknown>(`/api/meetings/${meetingId}/agenda/order`, { itemIds }));

export const useApplyTemplate = (meetingId: string) =>
  useMeetingMutation((body: { template: TemplateName; topic?: string }) =>
    api.post<unknown>(`/api/meetings/${meetingId}/agenda/template`, body),
  );

export const useUploadDocument = (meetingId: string) =>
  useMeetingMutation(({ itemId, file, classification }: { itemId: string; file: File; classification: DocumentClassification }) => {
    const form = new FormData();
    form.append('file', file);
    form.append('classification', classification);
    return api.post<unknown>(`/api/meetings/${meetingId}/agenda/${itemId}/documents`, form);
  });

export const usePublishDocument = (meetingId: string) =>
  useMeetingMutation((docId: string) => api.post<unknown>(`/api/meetings/${meetingId}/documents/${docId}/publish`));

export const useWithdrawDocument = (meetingId: string) =>
  useMeetingMutation((docId: string) => api.delete<void>(`/api/meetings/${meetingId}/documents/${docId}`));

export const documentUrl = (meetingId: string, docId: string) => `/api/meetings/${meetingId}/documents/${docId}`;
