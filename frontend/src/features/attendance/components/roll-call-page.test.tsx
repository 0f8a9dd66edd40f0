import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { mockApi, renderApp, type MockRequest } from '@/testing/test-utils';

import { rollCall, rollLine } from '../fixtures';
import type { RollCall } from '../types';

import { RollCallPage } from './roll-call-page';

vi.setConfig({ testTimeout: 120_000 });

const links = { meeting: (id: string) => `/meetings/${id}`, memberAttendance: (id: string) => `/members/${id}/attendance` };

function line(memberId: string) {
  return screen.getAllByTestId('roll-line').find((element) => element.dataset.memberId === memberId)!;
}

describe('RollCallPage', () => {
  it('shows the pre-filled roll, sets a status in one click and asks the reason of an excused absence (R9)', async () => {
    const calls: MockRequest[] = [];
    let view: RollCall = rollCall();
    mockApi((request) => {
      calls.push(request);
      if (request.method === 'GET' && request.path === '/api/meetings/mtg-1/roll-call') return { body: view };
      if (request.method === 'PUT' && request.path.startsWith('/api/meetings/mtg-1/roll-call/')) {
        const memberId = request.path.split('/').pop()!;
        const body = request.body as { status: RollCall['lines'][number]['status']; reason?: string };
        view = {
          ...view,
          lines: view.lines.map((l) => (l.memberId === memberId ? { ...l, status: body.status, reason: body.reason ?? null, suggested: false, version: l.version + 1 } : l)),
        };
        return { body: view };
      }
      return undefined;
    });
    const user = userEvent.setup({ delay: null });
    renderApp(<RollCallPage meetingId="mtg-1" links={links} />);

    expect(await screen.findAllByTestId('roll-line', {}, { timeout: 10_000 })).toHaveLength(3);
    expect(screen.getByText('Có mặt 1/3 đảng viên (33.33 %)')).toBeInTheDocument();
    expect(screen.getByText('Dưới ngưỡng 85 %')).toBeInTheDocument();
    expect(screen.getByTestId('roll-missing')).toHaveTextContent('Còn 1 đảng viên chưa điểm danh');
    expect(screen.getByTestId('roll-confirm')).toBeDisabled();
    expect(within(line('m-1')).getByText('Gợi ý: Có mặt trực tuyến — bấm để xác nhận hoặc chọn khác.')).toBeInTheDocument();

    // one click: present in the hall
    await user.click(within(line('m-2')).getByTestId('roll-status-PRESENT_IN_PERSON'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT' && c.path.endsWith('/m-2'))).toBe(true));
    const put = calls.find((c) => c.method === 'PUT' && c.path.endsWith('/m-2'))!;
    expect(put.body).toEqual({ status: 'PRESENT_IN_PERSON', version: 0 });

    // absent with reason: nothing is sent until the reason is written
    await user.click(within(line('m-3')).getByTestId('roll-status-ABSENT_WITH_REASON'));
    await user.click(await screen.findByTestId('roll-modal-ok'));
    expect(await screen.findByText('Vắng có lý do cần ghi rõ lý do.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PUT' && c.path.endsWith('/m-3'))).toHaveLength(0);
    await user.type(screen.getByTestId('roll-reason-input'), 'Đi công tác');
    await user.click(screen.getByTestId('roll-modal-ok'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT' && c.path.endsWith('/m-3'))).toBe(true));
    expect(calls.find((c) => c.method === 'PUT' && c.path.endsWith('/m-3'))!.body).toEqual({
      status: 'ABSENT_WITH_REASON',
      reason: 'Đi công tác',
      version: 0,
    });
    await waitFor(() => expect(screen.getByTestId('roll-confirm')).toBeEnabled());
  });

  it('lets the chair confirm, then turns every change into a correction with a note', async () => {
    const calls: MockRequest[] = [];
    let view: RollCall = rollCall({
      lines: [rollLine({ memberId: 'm-1', fullName: 'Nguyễn Văn Hùng', status: 'PRESENT_ONLINE', suggested: false, version: 1 })],
    });
    mockApi((request) => {
      calls.push(request);
      if (request.method === 'GET' && request.path === '/api/meetings/mtg-1/roll-call') return { body: view };
      if (request.method === 'POST' && request.path === '/api/meetings/mtg-1/roll-call/confirm') {
        view = { ...view, confirmed: true, confirmedAt: '2026-12-03T12:42:00Z', confirmedBy: 'bithu', mayConfirm: true,
          lines: view.lines.map((l) => ({ ...l, version: 2 })) };
        return { body: view };
      }
      if (request.method === 'PUT') return { body: view };
      return undefined;
    });
    const user = userEvent.setup({ delay: null });
    renderApp(<RollCallPage meetingId="mtg-1" links={links} />);

    await user.click(await screen.findByTestId('roll-confirm', {}, { timeout: 10_000 }));
    expect(await screen.findByTestId('roll-confirmed', {}, { timeout: 10_000 })).toHaveTextContent('Đã xác nhận lúc 03/12/2026');
    expect(screen.queryByTestId('roll-confirm')).not.toBeInTheDocument();

    await user.click(within(line('m-1')).getByTestId('roll-status-PRESENT_IN_PERSON'));
    expect(await screen.findByText('Đính chính điểm danh: Nguyễn Văn Hùng')).toBeInTheDocument();
    await user.click(screen.getByTestId('roll-modal-ok'));
    expect(await screen.findByText('Cần ghi chú vì sao đính chính.')).toBeInTheDocument();
    await user.type(screen.getByTestId('roll-note-input'), 'Đồng chí có mặt tại hội trường, mất mạng');
    await user.click(screen.getByTestId('roll-modal-ok'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      status: 'PRESENT_IN_PERSON',
      note: 'Đồng chí có mặt tại hội trường, mất mạng',
      version: 2,
    });
  });
});
