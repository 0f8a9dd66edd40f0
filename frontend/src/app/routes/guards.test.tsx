import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi, renderRoutes } from '@/testing/test-utils';

import { safeNext } from '../paths';

import { RequireAuth } from './guards';

function Probe() {
  return <p>login page</p>;
}

describe('route guards', () => {
  it('sends an anonymous visitor to the login page with where they were going', async () => {
    mockApi(({ path }) => (path === '/api/session' ? { body: { authenticated: false } } : undefined));
    const { router } = renderRoutes(
      [
        { path: '/members', element: <RequireAuth>{() => <p>secret</p>}</RequireAuth> },
        { path: '/login', element: <Probe /> },
      ],
      { path: '/members?q=an' },
    );

    expect(await screen.findByText('login page')).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/members?q=an')}`);
  });

  it('tells a member without the role that the page is not for them', async () => {
    mockApi(({ path }) =>
      path === '/api/session'
        ? { body: { authenticated: true, user: { accountId: 'a', username: 'dangvien', displayName: 'Lê Văn Dũng', memberId: 'm', roles: [] } } }
        : undefined,
    );
    renderRoutes([{ path: '/audit', element: <RequireAuth roles={['ADMIN']}>{() => <p>audit</p>}</RequireAuth> }], { path: '/audit' });

    expect(await screen.findByText('Không có quyền truy cập')).toBeInTheDocument();
    expect(screen.queryByText('audit')).not.toBeInTheDocument();
  });

  it('only follows next= to a path inside the app', () => {
    expect(safeNext('/members?q=an')).toBe('/members?q=an');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/login?next=/x')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
