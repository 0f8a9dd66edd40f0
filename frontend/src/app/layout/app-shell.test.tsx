import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp, stubApi } from '@/testing/test-utils';

import { AppShell } from './app-shell';

const admin = {
  authenticated: true,
  user: {
    accountId: 'acc-1',
    username: 'admin.tanan',
    displayName: 'Trần Thị Bình',
    memberId: 'mem-1',
    roles: [{ role: 'ADMIN', orgUnitId: 'ou-1', orgUnitName: 'Thành ủy Tân An' }],
  },
};

describe('AppShell', () => {
  it('shows the product name and the language switch to an anonymous visitor, and no navigation', async () => {
    stubApi({ '/api/session': { authenticated: false } });

    renderApp(<AppShell>content</AppShell>);

    expect(screen.getByRole('link', { name: 'Chi bộ trực tuyến' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('radiogroup', { name: 'Ngôn ngữ / Language' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Tiếng Việt' })).toBeChecked();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByTestId('user-menu')).not.toBeInTheDocument();
  });

  it('shows a signed-in administrator their menu, limited to pages that exist', async () => {
    stubApi({ '/api/session': admin });

    renderApp(<AppShell mountedPaths={new Set(['/', '/audit', '/meetings'])}>content</AppShell>);

    expect(await screen.findByRole('button', { name: 'Tài khoản: Trần Thị Bình' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).getByRole('link', { name: /Lịch họp/ })).toHaveAttribute('href', '/meetings');
    expect(within(nav).getByRole('link', { name: /Nhật ký/ })).toHaveAttribute('href', '/audit');
    expect(within(nav).queryByRole('link', { name: /Tài khoản/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mở menu điều hướng' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('treats a session it cannot load as anonymous', async () => {
    stubApi({});

    renderApp(<AppShell mountedPaths={new Set(['/', '/meetings'])}>content</AppShell>);

    expect(await screen.findByText('content')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});
