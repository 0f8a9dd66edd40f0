import { ExperimentOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useAppInfo } from '../api/get-app-info';

export function AppInfoPanel() {
  const { t } = useTranslation();
  const { data, isPending, isError, refetch } = useAppInfo();

  if (isPending) {
    return (
      <div role="status" aria-live="polite" aria-label={t('home.info.loading')}>
        <Skeleton.Button active size="small" style={{ width: 160 }} />
      </div>
    );
  }

  if (isError) {
    return (
      <Alert
        type="warning"
        showIcon
        message={t('home.info.error')}
        action={
          <Button size="small" onClick={() => void refetch()}>
            {t('home.info.retry')}
          </Button>
        }
      />
    );
  }

  return (
    <div data-testid="app-info" aria-label={t('home.info.heading')}>
      <Space wrap size={[8, 8]}>
      <Tag icon={<InfoCircleOutlined />} color="default" className="app-info__version">
        {t('home.info.version', { version: data.version })}
      </Tag>
      {data.demo && (
        <Tooltip title={t('home.info.demoHint')}>
          <Tag icon={<ExperimentOutlined />} color="gold" data-testid="demo-tag">
            {t('home.info.demo')}
          </Tag>
        </Tooltip>
      )}
      </Space>
      {data.demo && (
        <Typography.Paragraph type="secondary" className="app-info__hint" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('home.info.demoHint')}
        </Typography.Paragraph>
      )}
    </div>
  );
}
