import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { mockApi, renderApp, type MockRequest } from '@/testing/test-utils';

import { meeting } from '../fixtures';

import { MeetingCalendar } from './meeting-calendar';

vi.setConfig({ testTimeout: 120_000 });

describe('MeetingCalendar', () => {
  it("lists the month's meetings in Vietnamese time with state, kind, mode and the 03-HD/TW pilot label", async () => {
    const calls: MockRequest[] = [];
    mockApi((request) => {
      calls.push(request);
      if (request.path === '/api/meetings') {
        return {
          body: [
            meeting(),
            meeting({ id: 'mtg-2', title: 'Sinh hoạt chuyên đề quý IV', kind: 'THEMATIC', mode: 'IN_PERSON', onlinePilot: false, place: 'Hội trường công ty', state: 'DRAFT', startsAt: '2026-12-17T12:30:00Z', endsAt: '2026-12-17T14:30:00Z' }),
          ],
        };
      }
      return undefined;
    });
    renderApp(<MeetingCalendar links={{ meeting: (id) => `/meetings/${id}`, newMeeting: '/meetings/new' }} />, { path: '/meetings?month=2026-12&view=list' });

    const rows = await screen.findAllByTestId('meeting-list-item');
    expect(rows).toHaveLength(2);
    // The month is Vietnam's: it starts at 00:00 on 1 December in Asia/Ho_Chi_Minh.
    expect(calls[0].query.get('from')).toBe('2026-11-30T17:00:00.000Z');
    expect(calls[0].query.get('to')).toBe('2026-12-31T17:00:00.000Z');

    expect(rows[0]).toHaveAttribute('data-day', '2026-12-03');
    expect(within(rows[0]).getByTestId('meeting-link')).toHaveAttribute('href', '/meetings/mtg-1');
    expect(rows[0]).toHaveTextContent('03/12/2026 19:30 – 21:30');
    expect(rows[0]).toHaveTextContent('trực tuyến');
    expect(within(rows[0]).getByTestId('meeting-pilot')).toHaveTextContent('Thí điểm 03-HD/TW');
    expect(within(rows[0]).getByTestId('meeting-state')).toHaveTextContent('Đã lên lịch');

    expect(rows[1]).toHaveTextContent('Hội trường công ty');
    expect(within(rows[1]).queryByTestId('meeting-pilot')).not.toBeInTheDocument();
    expect(within(rows[1]).getByText('Chuyên đề')).toBeInTheDocument();
    expect(screen.getByTestId('meeting-new')).toHaveAttribute('href', '/meetings/new');
    expect(screen.getByTestId('meeting-calendar')).toHaveAttribute('data-month', '2026-12');
  });
});
