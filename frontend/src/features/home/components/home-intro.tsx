import {
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  FileTextOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { AppInfoPanel } from './app-info-panel';

const FEATURES: ReadonlyArray<{ key: string; icon: ReactNode }> = [
  { key: 'schedule', icon: <CalendarOutlined /> },
  { key: 'room', icon: <VideoCameraOutlined /> },
  { key: 'attendance', icon: <CheckSquareOutlined /> },
  { key: 'minutes', icon: <FileTextOutlined /> },
  { key: 'review', icon: <BarChartOutlined /> },
  { key: 'audit', icon: <AuditOutlined /> },
];

export function HomeIntro({ greeting }: { greeting?: ReactNode }) {
  const { t } = useTranslation();

  return (
    <article className="home">
      <section className="home__hero" aria-labelledby="home-title">
        <Typography.Title level={1} id="home-title" data-testid="home-title" className="home__title">
          {t('home.title')}
        </Typography.Title>
        {greeting}
        <Typography.Paragraph className="home__lead">{t('home.lead')}</Typography.Paragraph>
        <AppInfoPanel />
      </section>

      <section aria-labelledby="home-features" className="home__features">
        <Typography.Title level={2} id="home-features" className="home__section-title">
          {t('home.featuresHeading')}
        </Typography.Title>
        <Row gutter={[16, 16]} role="list">
          {FEATURES.map(({ key, icon }) => (
            <Col key={key} xs={24} sm={12} lg={8} role="listitem">
              <Card className="feature-card" variant="borderless">
                <span className="feature-card__icon" aria-hidden="true">
                  {icon}
                </span>
                <Typography.Title level={3} className="feature-card__title">
                  {t(`home.features.${key}.title`)}
                </Typography.Title>
                <Typography.Paragraph type="secondary" className="feature-card__body">
                  {t(`home.features.${key}.body`)}
                </Typography.Paragraph>
              </Card>
            </Col>
          ))}
        </Row>
      </section>
    </article>
  );
}
