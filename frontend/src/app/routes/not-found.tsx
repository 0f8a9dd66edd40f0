import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useDocumentTitle } from '@/hooks/use-document-title';

import { paths } from '../paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle('notFound.pageTitle');

  return (
    <Result
      status="404"
      title={<h1 className="result-title">{t('notFound.title')}</h1>}
      subTitle={t('notFound.body')}
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home)}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
