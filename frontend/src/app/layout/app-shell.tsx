import {
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  FileTextOutlined,
  HomeOutlined,
  IdcardOutlined,
  LoginOutlined,
  MenuOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Drawer, Layout, Menu, type MenuProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';

import { BrandMark } from '@/components/brand-mark';
import { LanguageSwitch } from '@/components/language-switch';
import { NotificationBell } from '@/features/meeting';
import { UserMenu, useSession, visibleNavigation, type NavigationKey } from '@/features/session';

import { links, mountedPaths as defaultMountedPaths, paths } from '../paths';

const ICONS: Record<NavigationKey, ReactNode> = {
  home: <HomeOutlined />,
  meetings: <CalendarOutlined />,
  minutes: <FileTextOutlined />,
  attendance: <CheckSquareOutlined />,
  review: <BarChartOutlined />,
  organisation: <ClusterOutlined />,
  members: <IdcardOutlined />,
  accounts: <TeamOutlined />,
  audit: <AuditOutlined />,
  authorisations: <SafetyCertificateOutlined />,
};

function selectedKey(pathname: string, keys: string[]): string[] {
  const best = keys
    .filter((path) => (path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`)))
    .sort((a, b) => b.length - a.length)[0];
  return best ? [best] : [];
}

export function AppShell({
  mountedPaths = defaultMountedPaths,
  children,
}: {
  mountedPaths?: ReadonlySet<string>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const [drawerOpen, setDrawerOpen] = useState(false);

  const navigation = visibleNavigation(session, mountedPaths);
  // The brand already links home; a menu holding nothing but "home" would only add noise.
  const showNavigation = navigation.some((item) => item.key !== 'home');
  const items: MenuProps['items'] = navigation.map((item) => ({
    key: item.path,
    icon: ICONS[item.key],
    label: <Link to={item.path}>{t(item.labelKey)}</Link>,
  }));
  const selected = selectedKey(
    pathname,
    navigation.map((item) => item.path),
  );

  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        {showNavigation && (
          <Button
            type="text"
            className="app-header__menu-button"
            icon={<MenuOutlined />}
            aria-label={t('nav.open')}
            aria-expanded={drawerOpen}
            aria-controls="app-navigation-drawer"
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to={paths.home} className="app-header__brand">
          <BrandMark size={30} />
          <span className="app-header__name">{t('app.name')}</span>
        </Link>
        {showNavigation ? (
          <nav className="app-header__nav" aria-label={t('nav.label')}>
            <Menu theme="dark" mode="horizontal" items={items} selectedKeys={selected} />
          </nav>
        ) : (
          <div className="app-header__spacer" />
        )}
        <div className="app-header__actions">
          <LanguageSwitch />
          {session.authenticated && mountedPaths.has(paths.meeting) && <NotificationBell meetingLink={links.meeting} />}
          {session.authenticated ? (
            <UserMenu user={session.user} securityPath={mountedPaths.has(paths.security) ? paths.security : undefined} />
          ) : (
            pathname !== paths.login &&
            mountedPaths.has(paths.login) && (
              <Button
                className="app-header__login"
                icon={<LoginOutlined />}
                onClick={() => void navigate(links.login(pathname + search))}
                aria-label={t('identity.login.button')}
                data-testid="login-button"
              >
                {t('identity.login.button')}
              </Button>
            )
          )}
        </div>
      </Layout.Header>

      {showNavigation && (
        <Drawer
          id="app-navigation-drawer"
          title={t('nav.drawerTitle')}
          placement="left"
          width={280}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
        >
          <nav aria-label={t('nav.label')}>
            <Menu
              mode="inline"
              items={items}
              selectedKeys={selected}
              onClick={() => setDrawerOpen(false)}
              style={{ borderInlineEnd: 'none' }}
            />
          </nav>
        </Drawer>
      )}

      <Layout.Content id="main" tabIndex={-1} className="app-content">
        {children ?? <Outlet />}
      </Layout.Content>
      <Layout.Footer className="app-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
