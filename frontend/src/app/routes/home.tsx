import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { HomeIntro } from '@/features/home';
import { useSession } from '@/features/session';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function HomeRoute() {
  const { t } = useTranslation();
  const session = useSession();
  useDocumentTitle('home.pageTitle');

  const greeting = session.authenticated ? (
    <Typography.Paragraph strong className="home__greeting">
      {t('home.greeting', { name: session.user.displayName })}
    </Typography.Paragraph>
  ) : undefined;

  return <HomeIntro greeting={greeting} />;
}
