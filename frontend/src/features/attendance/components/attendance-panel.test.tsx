import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { renderApp, stubApi } from '@/testing/test-utils';

import { rollCall, rollLine } from '../fixtures';

import { AttendancePanel, PANEL_POLL_MS } from './attendance-panel';

vi.setConfig({ testTimeout: 120_000 });

describe('AttendancePanel', () => {
  it('lists who is present and who is not, with the rate against the threshold (R12)', async () => {
    stubApi({
      '/api/meetings/mtg-1/roll-call': rollCall({
        rate: { summoned: 4, exempt: 1, present: 2, denominator: 3, percent: 66.67, thresholdPercent: 90, meetsThreshold: false },
        lines: [
          rollLine({ memberId: 'm-1', fullName: 'Nguyễn Văn Hùng', status: 'PRESENT_ONLINE' }),
          rollLine({ memberId: 'm-2', fullName: 'Trần Thị Mai', status: 'PRESENT_ONLINE', late: true }),
          rollLine({ memberId: 'm-3', fullName: 'Lê Minh Tuấn', status: 'ABSENT_WITHOUT_REASON' }),
          rollLine({ memberId: 'm-4', fullName: 'Phạm Văn Bảy', status: 'EXEMPT' }),
        ],
      }),
    });
    renderApp(<AttendancePanel meetingId="mtg-1" rollCallLink="/meetings/mtg-1/roll-call" />);

    expect(await screen.findByTestId('attendance-panel', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText('Có mặt (2)')).toBeInTheDocument();
    expect(screen.getByTestId('attendance-panel-present')).toHaveTextContent('Nguyễn Văn HùngTrần Thị Mai');
    expect(screen.getByTestId('attendance-panel-absent')).toHaveTextContent('Lê Minh Tuấn');
    expect(screen.getByTestId('attendance-panel-absent')).not.toHaveTextContent('Phạm Văn Bảy');
    expect(screen.getByTestId('attendance-panel-rate')).toHaveAttribute('data-meets', 'false');
    expect(screen.getByText('Dưới ngưỡng 90 %')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mở điểm danh' })).toHaveAttribute('href', '/meetings/mtg-1/roll-call');
    expect(PANEL_POLL_MS).toBe(15_000);
  });

  it('shows an ordinary member only their own status', async () => {
    stubApi({
      '/api/meetings/mtg-1/roll-call': rollCall({
        ownLineOnly: true,
        mayEdit: false,
        mayConfirm: false,
        lines: [rollLine({ memberId: 'm-3', fullName: 'Lê Minh Tuấn', status: 'PRESENT_ONLINE' })],
      }),
    });
    renderApp(<AttendancePanel meetingId="mtg-1" rollCallLink="/meetings/mtg-1/roll-call" />);
    expect(await screen.findByTestId('attendance-panel-own', {}, { timeout: 10_000 })).toHaveTextContent(
      'Điểm danh của đồng chí: Có mặt trực tuyến',
    );
    expect(screen.queryByTestId('attendance-panel-rate')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Mở điểm danh' })).not.toBeInTheDocument();
  });
});
