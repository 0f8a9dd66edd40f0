import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { AuthorisationBody, AuthorisationCheck, OnlineAuthorisation } from '../types';

const key = ['online-authorisations'] as const;

export function useAuthorisations(unitId: string | undefined) {
  return useQuery({
    queryKey: [...key, unitId],
    queryFn: () => api.get<OnlineAuthorisation[]>('/api/online-authorisations', { params: { unitId } }),
    enabled: !!unitId,
  });
}

type CheckAnswer = Partial<AuthorisationCheck> & { unable?: number; counted?: number; unableMemberIds?: string[] };

export function useAuthorisationCheck(body: { unitId: string; issuedOn: string; unableMemberIds: string[] } | undefined) {
  return useQuery({
    queryKey: [...key, 'check', body],
    queryFn: async (): Promise<AuthorisationCheck> => {
      const answer = await api.post<CheckAnswer>('/api/online-authorisations/check', body);
      const unableMembers = answer.unableMembers ?? answer.unable ?? answer.unableMemberIds?.length ?? body!.unableMemberIds.length;
      const countedMembers = answer.countedMembers ?? answer.counted ?? 0;
      return { unableMembers, countedMembers, moreThanHalf: answer.moreThanHalf ?? unableMembers * 2 > countedMembers };
    },
    enabled: !!body,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useRecordAuthorisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AuthorisationBody) => api.post<OnlineAuthorisation>('/api/online-authorisations', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useRevokeAuthorisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post<OnlineAuthorisation>(`/api/online-authorisations/${id}/revoke`, { reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
