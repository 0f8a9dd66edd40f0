import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, isApiError } from '@/lib/api-client';

import type { AppNotification, CalendarFeed } from '../types';

/** docs/meetings-documents-notices.md: the newest notices and how many are unread. */
type NotificationList = { items: AppNotification[]; unread: number };

const notificationsKey = ['notifications', 'unread'] as const;
export const NOTIFICATION_POLL_MS = 60_000;

export function useUnreadNotifications(enabled = true) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: async () =>
      (await api.get<NotificationList>('/api/notifications', { params: { unread: true } })).items,
    enabled,
    refetchInterval: NOTIFICATION_POLL_MS,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') =>
      id === 'all' ? api.post<void>('/api/notifications/read-all') : api.post<void>(`/api/notifications/${id}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}

const feedKey = ['calendar-feed'] as const;

/** The personal ICS feed; none issued yet answers 404 or an empty URL, both shown as "none". */
export function useCalendarFeed() {
  return useQuery({
    queryKey: feedKey,
    queryFn: async (): Promise<CalendarFeed> => {
      try {
        return (await api.get<CalendarFeed | undefined>('/api/calendar-feed')) ?? { url: null };
      } catch (error) {
        if (isApiError(error) && error.status === 404) return { url: null };
        throw error;
      }
    },
  });
}

export function useIssueCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CalendarFeed>('/api/calendar-feed'),
    onSuccess: (feed) => queryClient.setQueryData(feedKey, feed),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>('/api/calendar-feed'),
    onSuccess: () => queryClient.setQueryData(feedKey, { url: null }),
  });
}
