import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Account, Page, RoleName } from '../types';

export type AccountFilter = { unitId?: string; q?: string; page: number; size: number };

export const accountsKey = ['accounts'] as const;

export function useAccounts(filter: AccountFilter) {
  return useQuery({
    queryKey: [...accountsKey, filter],
    // The API counts pages from 0; the table from 1.
    queryFn: () =>
      api.get<Page<Account>>('/api/accounts', {
        params: { unitId: filter.unitId, q: filter.q || undefined, page: filter.page - 1, size: filter.size },
      }),
    placeholderData: keepPreviousData,
  });
}

function useAccountMutation<V, R>(fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKey }),
  });
}

export const useCreateAccount = () =>
  useAccountMutation((body: { memberId: string; username: string; loginEnabled: boolean }) =>
    api.post<{ account: Account; temporaryPassword: string | null }>('/api/accounts', body),
  );

export const useSetLoginEnabled = () =>
  useAccountMutation(({ id, loginEnabled }: { id: string; loginEnabled: boolean }) =>
    api.patch<Account>(`/api/accounts/${id}`, { loginEnabled }),
  );

export const useResetPassword = () =>
  useAccountMutation((id: string) => api.post<{ temporaryPassword: string }>(`/api/accounts/${id}/password-reset`));

export const useResetSecondFactor = () =>
  useAccountMutation((id: string) => api.post<void>(`/api/accounts/${id}/second-factor-reset`));

export const useUnlock = () => useAccountMutation((id: string) => api.post<void>(`/api/accounts/${id}/unlock`));

export const useGrantRole = () =>
  useAccountMutation(({ id, role, orgUnitId }: { id: string; role: RoleName; orgUnitId: string }) =>
    api.post<Account>(`/api/accounts/${id}/roles`, { role, orgUnitId }),
  );

export const useRevokeRole = () =>
  useAccountMutation(({ id, role, orgUnitId }: { id: string; role: RoleName; orgUnitId: string }) =>
    api.delete<Account>(`/api/accounts/${id}/roles/${role}/${orgUnitId}`),
  );
