import { useTranslation } from 'react-i18next';

import { isApiError } from '@/lib/api-client';

/**
 * The message for an error from the API: a translation of its `code` when we have one, else the
 * server's own detail (already in the user's language), else a generic line.
 */
export function useProblemMessage() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    if (isApiError(error)) {
      if (error.code && i18n.exists(`problems.${error.code}`)) return t(`problems.${error.code}`);
      if (error.status === 0) return t('problems.network');
      if (error.status === 403) return t('problems.access-denied');
      if (error.status === 404) return t('problems.not-found');
      return error.detail ?? error.title;
    }
    return t('problems.unknown');
  };
}
