import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { AuditEntry, AuditFilter, Page, Verification } from '../types';

export function useAuditEntries(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', 'entries', filter],
    queryFn: () =>
      api.get<Page<AuditEntry>>('/api/audit/entries', {
        params: {
          from: filter.from,
          to: filter.to,
          actor: filter.actor || undefined,
          objectType: filter.objectType || undefined,
          objectId: filter.objectId || undefined,
          action: filter.action || undefined,
          page: filter.page - 1,
          size: filter.size,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyChain() {
  return useMutation({ mutationFn: () => api.get<Verification>('/api/audit/verification') });
}
