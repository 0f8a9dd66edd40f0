import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

import { isApiError } from './api-client';

const MAX_RETRIES = 2;

export const queryConfig = {
  queries: {
    refetchOnWindowFocus: false,
    // A 4xx will not change by asking again; network errors and 5xx may.
    retry: (failureCount, error) =>
      !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < MAX_RETRIES,
  },
} satisfies DefaultOptions;

export function createQueryClient() {
  return new QueryClient({ defaultOptions: queryConfig });
}
