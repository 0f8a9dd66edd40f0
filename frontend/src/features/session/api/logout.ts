import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { sessionQueryKey } from './get-session';

export function logout(everywhere: boolean): Promise<void> {
  return api.post<void>(everywhere ? '/api/auth/logout-everywhere' : '/api/auth/logout');
}

/** Ends the session (or every session of the account) and forgets everything cached for it. */
export function useLogout(onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      // Leave the page first (a guarded page would otherwise bounce to /login), then make sure
      // nothing of the previous user stays cached.
      onDone?.();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}
