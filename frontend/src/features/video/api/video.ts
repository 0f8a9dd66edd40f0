import { useQuery } from '@tanstack/react-query';

import { api, isApiError } from '@/lib/api-client';

import type { VideoSettings, VideoToken, VideoUnavailableReason } from '../types';

export const videoSettingsKey = ['video', 'settings'] as const;

/** Whether this deployment has a Jitsi at all; it changes only with a restart. */
export function useVideoSettings() {
  return useQuery({
    queryKey: videoSettingsKey,
    queryFn: () => api.get<VideoSettings>('/api/video/settings'),
    staleTime: 5 * 60_000,
  });
}

/**
 * A fresh token for the meeting's room. Deliberately not cached: the call asks again each time it
 * (re)creates itself, so a reconnect never reuses an old or expiring token.
 */
export function fetchVideoToken(meetingId: string): Promise<VideoToken> {
  return api.get<VideoToken>(`/api/meetings/${meetingId}/video-token`);
}

export type VideoProblem = { reason: VideoUnavailableReason; detail?: string };

/** Turns a refusal of the token endpoint into what the page says. */
export function videoProblem(error: unknown): VideoProblem {
  if (!isApiError(error)) return { reason: 'unreachable' };
  switch (error.code) {
    case 'video-not-configured':
      return { reason: 'not-configured' };
    case 'video-room-not-open':
      return { reason: 'not-open' };
    case 'meeting-without-video':
      return { reason: 'in-person' };
  }
  if (error.status === 0 || error.status >= 500) return { reason: 'unreachable' };
  return { reason: 'refused', detail: error.detail };
}
