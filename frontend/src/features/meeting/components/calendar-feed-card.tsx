import { Button, Card, Input, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';

import { useCalendarFeed, useIssueCalendarFeed, useRevokeCalendarFeed } from '../api/notifications';

/** The member's personal ICS address: show it, copy it, issue a new one (the old one dies), revoke it. */
export function CalendarFeedCard() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const issue = useIssueCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const url = feed.data?.url ? new URL(feed.data.url, window.location.origin).href : undefined;

  return (
    <Card data-testid="calendar-feed-card">
      <Typography.Title level={2} className="login-step__title">
        {t('meetings.feed.title')}
      </Typography.Title>
      <p>{t('meetings.feed.lead')}</p>
      <ProblemAlert error={feed.error ?? issue.error ?? revoke.error} />
      {url ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space.Compact style={{ width: '100%' }}>
            <Input readOnly value={url} aria-label={t('meetings.feed.title')} data-testid="calendar-feed-url" />
            <Typography.Text copyable={{ text: url, tooltips: [t('meetings.feed.copy'), t('meetings.feed.copied')] }} className="calendar-feed__copy" data-testid="calendar-feed-copy" />
          </Space.Compact>
          <Space wrap>
            <Popconfirm title={t('meetings.feed.reissueConfirm')} onConfirm={() => issue.mutate()} okText={t('common.confirm')} cancelText={t('common.cancel')}>
              <Button loading={issue.isPending} data-testid="calendar-feed-reissue">
                {t('meetings.feed.reissue')}
              </Button>
            </Popconfirm>
            <Popconfirm title={t('meetings.feed.revokeConfirm')} onConfirm={() => revoke.mutate()} okText={t('common.confirm')} cancelText={t('common.cancel')}>
              <Button danger loading={revoke.isPending} data-testid="calendar-feed-revoke">
                {t('meetings.feed.revoke')}
              </Button>
            </Popconfirm>
          </Space>
        </Space>
      ) : (
        <Space direction="vertical">
          {!feed.isPending && <Typography.Text type="secondary">{t('meetings.feed.none')}</Typography.Text>}
          <Button type="primary" loading={issue.isPending} onClick={() => issue.mutate()} data-testid="calendar-feed-issue">
            {t('meetings.feed.issue')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
