import { LogoutOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Avatar, Button, Divider, Popover, Space, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { useLogout } from '../api/logout';
import type { SessionUser } from '../types';

function initial(displayName: string): string {
  // Vietnamese names end with the given name, which is what people are called by.
  return (displayName.trim().split(/\s+/).at(-1) ?? '').charAt(0).toUpperCase();
}

/** Who is signed in, in which roles, and the way out (here or on every device). */
export function UserMenu({ user, securityPath }: { user: SessionUser; securityPath?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const navigate = useNavigate();
  const logout = useLogout(() => {
    setOpen(false);
    void navigate('/');
  });

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
      <Divider style={{ margin: '12px 0' }} />
      <div className="user-panel__actions">
        {securityPath && (
          <Link to={securityPath} onClick={() => setOpen(false)} data-testid="security-link">
            <SafetyCertificateOutlined /> {t('user.security')}
          </Link>
        )}
        <Button
          icon={<LogoutOutlined />}
          onClick={() => logout.mutate(false)}
          loading={logout.isPending && logout.variables === false}
          data-testid="logout"
          block
        >
          {t('user.logout')}
        </Button>
        <Button
          danger
          type="text"
          onClick={() => logout.mutate(true)}
          loading={logout.isPending && logout.variables === true}
          data-testid="logout-everywhere"
          block
        >
          {t('user.logoutEverywhere')}
        </Button>
      </div>
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
