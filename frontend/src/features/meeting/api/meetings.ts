import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, isApiError } from '@/lib/api-client';

import type { Meeting, MeetingBody, MeetingCheck, MeetingMode, RuleWarning, Transition } from '../types';

export const meetingsKey = ['meetings'] as const;
export const meetingKey = (id: string) => [...meetingsKey, 'one', id] as const;

export function useMeetings(range: { from: string; to: string; unitId?: string }) {
  return useQuery({
    queryKey: [...meetingsKey, 'list', range],
    queryFn: () => api.get<Meeting[]>('/api/meetings', { params: range }),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string | undefined) {
  return useQuery({
    queryKey: meetingKey(id ?? ''),
    queryFn: () => api.get<Meeting>(`/api/meetings/${id}`),
    enabled: !!id,
  });
}

type CheckAnswer = Partial<MeetingCheck> & { problems?: RuleWarning[] };

/**
 * What the server would say about the form as it stands, without saving. A refusal may come back as
 * a listed refusal or, from a stricter server, as the problem itself: both show the same way.
 */
export async function checkMeeting(body: MeetingBody): Promise<MeetingCheck> {
  try {
    const answer = await api.post<CheckAnswer>('/api/meetings/check', body);
    return { warnings: answer.warnings ?? [], refusals: answer.refusals ?? answer.problems ?? [] };
  } catch (error) {
    if (isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 403) {
      return {
        warnings: [],
        refusals: [{ code: error.code ?? 'invalid', rule: error.rule, message: error.detail ?? error.title }],
      };
    }
    throw error;
  }
}

export function useMeetingCheck(body: MeetingBody | undefined) {
  return useQuery({
    queryKey: [...meetingsKey, 'check', body],
    queryFn: () => checkMeeting(body!),
    enabled: !!body,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingBody) => api.post<Meeting>('/api/meetings', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingsKey }),
  });
}

export type MeetingChange = Omit<MeetingBody, 'template' | 'schedule' | 'unitId'> & { version: number };

/** The PUT body for a meeting as it is, with some fields changed. */
export function changeOf(meeting: Meeting, patch: Partial<MeetingChange> = {}): MeetingChange {
  return {
    version: meeting.version,
    kind: meeting.kind,
    mode: meeting.mode,
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place ?? undefined,
    chairMemberId: meeting.chair?.memberId,
    minuteTakerMemberId: meeting.minuteTaker?.memberId,
    guestMemberIds: meeting.guests.map((guest) => guest.memberId),
    ...patch,
  };
}

export function useUpdateMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingChange) => api.put<Meeting>(`/api/meetings/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingsKey }),
  });
}

export function useSwitchMode(meeting: Meeting) {
  const update = useUpdateMeeting(meeting.id);
  return {
    ...update,
    switchTo: (mode: MeetingMode) => update.mutateAsync(changeOf(meeting, { mode })),
  };
}

export type TransitionRequest = { transition: Transition; reason?: string; newStartsAt?: string; newEndsAt?: string };

export function useTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ transition, ...body }: TransitionRequest) =>
      api.post<Meeting>(`/api/meetings/${id}/${transition}`, transition === 'cancel' || transition === 'postpone' ? body : undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingsKey }),
  });
}
