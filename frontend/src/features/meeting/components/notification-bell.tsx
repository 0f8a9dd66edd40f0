import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { formatDateTime } from '@/lib/format';

import { useMarkRead, useUnreadNotifications } from '../api/notifications';
import type { AppNotification } from '../types';

/** The header's bell: unread notices, polled about once a minute; opening one marks it read. */
export function NotificationBell({ meetingLink }: { meetingLink: (id: string) => string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useUnreadNotifications();
  const markRead = useMarkRead();
  const items = unread.data ?? [];

  const openItem = (item: AppNotification) => {
    markRead.mutate(item.id);
    setOpen(false);
    if (item.meetingId) void navigate(meetingLink(item.meetingId));
  };

  const content = (
    <div className="notification-list" data-testid="notification-list">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.notifications.none')} />
      ) : (
        <>
          <List
            size="small"
            dataSource={items}
            renderItem={(item) => (
              <List.Item
                key={item.id}
                data-testid="notification-item"
                actions={[
                  <Button key="read" size="small" type="link" onClick={() => markRead.mutate(item.id)} data-testid="notification-read">
                    {t('meetings.notifications.markRead')}
                  </Button>,
                ]}
              >
                <button type="button" className="notification-list__open" onClick={() => openItem(item)} data-testid="notification-open">
                  <Typography.Text strong>{item.title}</Typography.Text>
                  {item.body && <span className="notification-list__body">{item.body}</span>}
                  <Typography.Text type="secondary" className="notification-list__time">
                    {formatDateTime(item.createdAt)}
                  </Typography.Text>
                </button>
              </List.Item>
            )}
          />
          <Button block type="link" onClick={() => markRead.mutate('all')} data-testid="notification-read-all">
            {t('meetings.notifications.markAll')}
          </Button>
        </>
      )}
    </div>
  );

  return (
    <Popover content={content} title={t('meetings.notifications.title')} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button
        type="text"
        className="app-header__bell"
        aria-label={t('meetings.notifications.open', { count: items.length })}
        data-testid="notification-bell"
        icon={
          <Badge count={items.length} size="small" data-testid="notification-count">
            <BellOutlined style={{ color: '#ffffff', fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
