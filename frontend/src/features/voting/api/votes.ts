import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { api } from '@/lib/api-client';

import type { CastReceipt, Choice, CongressQuorum, OpenVoteBody, Vote } from '../types';

export const votesKey = (meetingId: string) => ['votes', meetingId] as const;

/**
 * The room's `vote-…` events refresh the votes at once; polling is the fallback while the room's connection is
 * down: every five seconds while a vote is open, otherwise every fifteen.
 */
export const OPEN_REFRESH_MS = 5_000;
export const IDLE_REFRESH_MS = 15_000;

export function useVotes(meetingId: string) {
  return useQuery({
    queryKey: votesKey(meetingId),
    queryFn: () => api.get<Vote[]>(`/api/meetings/${meetingId}/votes`),
    refetchInterval: (query) =>
      (query.state.data ?? []).some((v) => v.state === 'OPEN') ? OPEN_REFRESH_MS : IDLE_REFRESH_MS,
  });
}

/** Refreshes the votes when the room announces a change to them (`vote-opened`, `vote-progress`, …). */
export function useVoteAnnouncements(meetingId: string, announcement: { type: string; seq: number } | null | undefined) {
  const queryClient = useQueryClient();
  const seq = announcement?.type.startsWith('vote-') ? announcement.seq : null;
  useEffect(() => {
    if (seq !== null) void queryClient.invalidateQueries({ queryKey: votesKey(meetingId) });
  }, [seq, meetingId, queryClient]);
}

function useVoteMutation<V, R>(meetingId: string, fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: votesKey(meetingId) }),
  });
}

export const useOpenVote = (meetingId: string) =>
  useVoteMutation(meetingId, (body: OpenVoteBody) => api.post<Vote>(`/api/meetings/${meetingId}/votes`, body));

export const useCastBallot = (meetingId: string) =>
  useVoteMutation(meetingId, ({ voteId, choice }: { voteId: string; choice: Choice }) =>
    api.post<CastReceipt>(`/api/votes/${voteId}/ballots`, { choice }),
  );

export const useCloseVote = (meetingId: string) =>
  useVoteMutation(meetingId, (voteId: string) => api.post<Vote>(`/api/votes/${voteId}/close`, {}));

export const useCancelVote = (meetingId: string) =>
  useVoteMutation(meetingId, (voteId: string) => api.post<Vote>(`/api/votes/${voteId}/cancel`, {}));

/** R17: a congress shows whether 2/3 of the summoned members are present; other meetings invent no quorum. */
export function useCongressQuorum(meetingId: string) {
  return useQuery({
    queryKey: [...votesKey(meetingId), 'quorum'],
    queryFn: () => api.get<CongressQuorum>(`/api/meetings/${meetingId}/congress-quorum`),
    refetchInterval: IDLE_REFRESH_MS,
  });
}
