import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets "<page> · <product>" in the current language, and follows language changes. */
export function useDocumentTitle(pageTitleKey?: string) {
  const { t, i18n } = useTranslation();
  const product = t('app.name');
  const page = pageTitleKey ? t(pageTitleKey) : undefined;

  useEffect(() => {
    document.title = page ? `${page} · ${product}` : product;
  }, [page, product, i18n.resolvedLanguage]);
}
