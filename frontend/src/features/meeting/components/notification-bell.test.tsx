import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { mockApi, renderRoutes, type MockRequest } from '@/testing/test-utils';

import { NotificationBell } from './notification-bell';

vi.setConfig({ testTimeout: 120_000 });

describe('NotificationBell', () => {
  it('counts unread notices, opens the meeting one is about and marks it read', async () => {
    const calls: MockRequest[] = [];
    let unread = [
      { id: 'n-1', kind: 'INVITATION', title: 'Lịch sinh hoạt chi bộ tháng 12', body: '19:30 thứ năm 03/12/2026, trực tuyến', meetingId: 'mtg-1', createdAt: '2026-11-26T02:00:00Z', readAt: null },
      { id: 'n-2', kind: 'DOCUMENT_PUBLISHED', title: 'Tài liệu mới: ban-tin.pdf', meetingId: 'mtg-1', createdAt: '2026-11-26T03:00:00Z', readAt: null },
    ];
    mockApi((request) => {
      calls.push(request);
      if (request.method === 'GET' && request.path === '/api/notifications') return { body: { items: unread, unread: unread.length } };
      if (request.method === 'POST' && request.path === '/api/notifications/n-1/read') {
        unread = unread.filter((item) => item.id !== 'n-1');
        return { status: 204 };
      }
      return undefined;
    });
    const user = userEvent.setup({ delay: null });
    renderRoutes(
      [
        { path: '/', element: <NotificationBell meetingLink={(id) => `/meetings/${id}`} /> },
        { path: '/meetings/:id', element: <p>trang cuộc họp</p> },
      ],
      { path: '/' },
    );

    const bell = await screen.findByRole('button', { name: 'Thông báo (2 chưa đọc)' }, { timeout: 10_000 });
    expect(calls[0].query.get('unread')).toBe('true');
    await user.click(bell);
    expect(await screen.findAllByTestId('notification-item', {}, { timeout: 10_000 })).toHaveLength(2);
    await user.click(screen.getByText('Lịch sinh hoạt chi bộ tháng 12'));

    expect(await screen.findByText('trang cuộc họp', {}, { timeout: 10_000 })).toBeInTheDocument();
    await waitFor(() => expect(calls.some((call) => call.method === 'POST' && call.path === '/api/notifications/n-1/read')).toBe(true));
  });

  it('polls about once a minute', async () => {
    const { NOTIFICATION_POLL_MS } = await import('../api/notifications');
    expect(NOTIFICATION_POLL_MS).toBe(60_000);
  });
});
