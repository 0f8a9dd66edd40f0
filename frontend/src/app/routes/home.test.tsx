import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { renderApp, stubApi } from '@/testing/test-utils';

import { AppShell } from '../layout/app-shell';

import { HomeRoute } from './home';

function renderHome() {
  return renderApp(
    <AppShell>
      <HomeRoute />
    </AppShell>,
  );
}

describe('home page', () => {
  it('tells a visitor what the product is, in Vietnamese, with version and demo tag', async () => {
    stubApi({
      '/api/app-info': { name: 'chibo', version: '0.1.0', demo: true },
      '/api/session': { authenticated: false },
    });

    renderHome();

    expect(screen.getByTestId('home-title')).toHaveTextContent('Sinh hoạt chi bộ trực tuyến');
    expect(screen.getByRole('heading', { level: 1 })).toBe(screen.getByTestId('home-title'));
    expect(await screen.findByText('Phiên bản 0.1.0')).toBeInTheDocument();
    expect(screen.getByTestId('demo-tag')).toHaveTextContent('Dữ liệu mẫu');
    expect(document.title).toBe('Trang chủ · Chi bộ trực tuyến');
  });

  it('shows no demo tag for a real installation', async () => {
    stubApi({
      '/api/app-info': { name: 'chibo', version: '1.2.3', demo: false },
      '/api/session': { authenticated: false },
    });

    renderHome();

    expect(await screen.findByText('Phiên bản 1.2.3')).toBeInTheDocument();
    expect(screen.queryByTestId('demo-tag')).not.toBeInTheDocument();
  });

  it('switches to English: texts, html lang, document title and the stored choice', async () => {
    stubApi({
      '/api/app-info': { name: 'chibo', version: '0.1.0', demo: true },
      '/api/session': { authenticated: false },
    });
    const user = userEvent.setup();

    renderHome();
    await user.click(screen.getByText('English'));
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();

    expect(screen.getByTestId('home-title')).toHaveTextContent('Online Party cell meetings');
    expect(await screen.findByText('Version 0.1.0')).toBeInTheDocument();
    expect(screen.getByTestId('demo-tag')).toHaveTextContent('Demo data');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    await waitFor(() => expect(document.title).toBe('Home · Chi bộ trực tuyến'));
  });

  it('greets a signed-in member by name', async () => {
    stubApi({
      '/api/app-info': { name: 'chibo', version: '0.1.0', demo: false },
      '/api/session': {
        authenticated: true,
        user: {
          accountId: 'a',
          username: 'lan',
          displayName: 'Lê Thị Lan',
          memberId: 'm',
          roles: [],
        },
      },
    });

    renderHome();

    expect(await screen.findByText('Xin chào, đồng chí Lê Thị Lan.')).toBeInTheDocument();
  });

  it('offers to retry when the system information cannot be loaded', async () => {
    stubApi({ '/api/session': { authenticated: false } });

    renderHome();

    expect(await screen.findByText('Không tải được thông tin hệ thống.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });
});
