import { Avatar, Button, Divider, Popover, Space, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SessionUser } from '../types';

function initial(displayName: string): string {
  // Vietnamese names end with the given name, which is what people are called by.
  return (displayName.trim().split(/\s+/).at(-1) ?? '').charAt(0).toUpperCase();
}

/**
 * Who is signed in and in which roles. Purely informative for now: sign-in and sign-out arrive
 * with the identity feature, and their actions will be added here.
 */
export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();

  const panel = (
    <div id={panelId} className="user-panel" role="group" aria-label={t('user.menuLabel', { name: user.displayName })}>
      <Typography.Text strong className="user-panel__name">
        {user.displayName}
      </Typography.Text>
      <Typography.Text type="secondary" className="user-panel__username">
        {t('user.username', { username: user.username })}
      </Typography.Text>
      <Divider style={{ margin: '12px 0' }} />
      <Typography.Text type="secondary" className="user-panel__heading">
        {t('user.rolesHeading')}
      </Typography.Text>
      <ul className="user-panel__roles">
        {user.roles.length === 0 && <li>{t('user.noRoles')}</li>}
        {user.roles.map((grant) => (
          <li key={`${grant.role}:${grant.orgUnitId}`}>
            <Space size={6} wrap>
              <Tag color="red" bordered={false}>
                {t(`roles.${grant.role}`)}
              </Tag>
              <span>{grant.orgUnitName}</span>
            </Space>
          </li>
        ))}
      </ul>
    </div>
  );

  return (
    <Popover content={panel} trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} arrow={false}>
      <Button
        type="text"
        className="app-header__user"
        aria-label={t('user.menuLabel', { name: user.displayName })}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        data-testid="user-menu"
      >
        <Avatar size="small">{initial(user.displayName)}</Avatar>
        <span className="app-header__user-name">{user.displayName}</span>
      </Button>
    </Popover>
  );
}
