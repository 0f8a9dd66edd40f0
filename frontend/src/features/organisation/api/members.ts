import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { FlagKind, ImportPreview, ImportResult, Member, MemberStatus, Page } from '../types';

export const membersKey = ['organisation', 'members'] as const;

export type MemberFilter = {
  unitId?: string;
  q?: string;
  status?: MemberStatus;
  flag?: FlagKind;
  page: number;
  size: number;
};

export function useMembers(filter: MemberFilter) {
  return useQuery({
    queryKey: [...membersKey, 'list', filter],
    // The API counts pages from 0; the UI from 1.
    queryFn: () =>
      api.get<Page<Member>>('/api/organisation/members', {
        params: {
          unitId: filter.unitId,
          q: filter.q?.trim() || undefined,
          status: filter.status,
          flag: filter.flag,
          page: filter.page - 1,
          size: filter.size,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useMember(id: string | undefined) {
  return useQuery({
    queryKey: [...membersKey, 'one', id],
    queryFn: () => api.get<Member>(`/api/organisation/members/${id}`),
    enabled: !!id,
  });
}

function useMemberMutation<V>(fn: (variables: V) => Promise<Member>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (member) => {
      queryClient.setQueryData([...membersKey, 'one', member.id], member);
      return queryClient.invalidateQueries({ queryKey: membersKey });
    },
  });
}

export type MemberChanges = Partial<
  Pick<Member, 'fullName' | 'cardNumber' | 'dateOfBirth' | 'admissionDate' | 'officialDate' | 'status'>
>;

export const useUpdateMember = () =>
  useMemberMutation(({ id, version, changes }: { id: string; version: number; changes: MemberChanges }) =>
    api.patch<Member>(`/api/organisation/members/${id}`, { ...changes, version }),
  );

export const useAddFlag = () =>
  useMemberMutation(
    ({ id, ...body }: { id: string; kind: FlagKind; from: string; to?: string; otherUnitId?: string; note?: string }) =>
      api.post<Member>(`/api/organisation/members/${id}/flags`, body),
  );

export const useEndFlag = () =>
  useMemberMutation(({ id, flagId }: { id: string; flagId: string }) =>
    api.delete<Member>(`/api/organisation/members/${id}/flags/${flagId}`),
  );

export const useMoveMember = () =>
  useMemberMutation(({ id, ...body }: { id: string; cellId: string; groupId?: string | null; date: string }) =>
    api.post<Member>(`/api/organisation/members/${id}/move`, body),
  );

export function previewImport(unitId: string, file: File) {
  const form = new FormData();
  form.append('unitId', unitId);
  form.append('file', file);
  return api.post<ImportPreview>('/api/organisation/imports', form);
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<ImportResult>(`/api/organisation/imports/${id}/commit`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: membersKey }),
        queryClient.invalidateQueries({ queryKey: ['organisation', 'units'] }),
      ]),
  });
}
