import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { mockApi, renderApp, type MockRequest } from '@/testing/test-utils';

import { minutesView } from '../fixtures';
import type { Announcement, MinutesView } from '../types';

import { MinutesPage } from './minutes-page';

vi.setConfig({ testTimeout: 60_000 });

function render(current: () => MinutesView, handler: (request: MockRequest) => ReturnType<Parameters<typeof mockApi>[0]> = () => undefined, announcement?: Announcement) {
  const calls: MockRequest[] = [];
  mockApi((request) => {
    calls.push(request);
    if (request.method === 'GET' && request.path === '/api/meetings/mtg-1/minutes') return { body: current() };
    return handler(request);
  });
  const view = renderApp(<MinutesPage meetingId="mtg-1" announcement={announcement} />, { path: '/meetings/mtg-1/minutes' });
  return { calls, view };
}

/** The room's slot: the page with whatever the room last announced. */
function Harness({ next = { seq: 12, type: 'minutes-draft-changed', section: 'conclusions', version: 3 } }: { next?: Announcement }) {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  return (
    <>
      <button type="button" data-testid="announce" onClick={() => setAnnouncement(next)}>
        announce
      </button>
      <MinutesPage meetingId="mtg-1" announcement={announcement} />
    </>
  );
}

describe('MinutesPage', () => {
  it('shows a member the biên bản in the Party layout (R22) with downloads, the hash and no editor', async () => {
    render(() => minutesView());
    expect(await screen.findByTestId('minutes-party')).toHaveTextContent('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(screen.queryByText(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA/)).not.toBeInTheDocument();
    expect(screen.getByTestId('minutes-place')).toHaveTextContent('Hướng dẫn số 03-HD/TW ngày 27/12/2022');
    expect(screen.getByTestId('minutes-absentees')).toHaveTextContent('Lê Thị Ốm: Vắng có lý do (lý do: Ốm)');
    expect(screen.getByTestId('minutes-speakers')).toHaveTextContent('Phạm Văn Bảy');
    expect(screen.getByTestId('minutes-vote')).toHaveTextContent('tán thành 6, không tán thành 1, không biểu quyết 0 / 9 (R14)');
    expect(screen.getByTestId('minutes-text-conclusions')).toHaveTextContent('Thống nhất.');
    expect(screen.getByTestId('minutes-signatory-MINUTE_TAKER')).toHaveTextContent('Nguyễn Thị Ngọc Ánh');
    expect(screen.getByTestId('minutes-hash')).toHaveTextContent('a'.repeat(64));
    expect(screen.getByTestId('minutes-download-pdf')).toHaveAttribute('href', '/api/meetings/mtg-1/minutes/export.pdf');
    expect(screen.getByTestId('minutes-download-docx')).toHaveAttribute('href', '/api/meetings/mtg-1/minutes/export.docx');
    expect(screen.getByTestId('minutes-state')).toHaveTextContent('Bản nháp');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByTestId('minutes-sign')).not.toBeInTheDocument();
  });

  it('autosaves the minute-taker’s text with the version read, and shows a conflict instead of overwriting (R22)', async () => {
    let version = 2;
    const { calls } = render(
      () => minutesView({ mayEdit: true }),
      (request) => {
        if (request.method === 'PUT' && request.path === '/api/meetings/mtg-1/minutes/sections/conclusions') {
          const body = request.body as { html: string; version: number };
          if (body.version !== version) return { status: 409, body: { status: 409, code: 'stale-version', rule: 'R22', title: 'Conflict' } };
          version += 1;
          return { body: { key: 'conclusions', html: body.html, version, updatedBy: 'thuky', updatedAt: '2026-12-03T13:01:00Z' } };
        }
        return undefined;
      },
    );
    const editor = await screen.findByTestId('minutes-editor-conclusions');
    editor.innerHTML = '<p>Thống nhất cao.</p>';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    // 'saved' is also the state before the autosave: wait for the save itself, then for its answer
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    await waitFor(() => expect(screen.getByTestId('minutes-save-conclusions')).toHaveAttribute('data-status', 'saved'));
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({ html: '<p>Thống nhất cao.</p>', version: 2 });

    version = 9; // someone else saved meanwhile
    editor.innerHTML = '<p>Bản thứ hai</p>';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => expect(screen.getByTestId('minutes-save-conclusions')).toHaveAttribute('data-status', 'conflict'));
    expect(screen.getByTestId('minutes-take-server-conclusions')).toBeInTheDocument();
  });

  it('refetches when the room announces that the draft changed', async () => {
    let text = '<p>Thống nhất.</p>';
    const current = () => minutesView({ content: { ...minutesView().content, conclusions: text } });
    const calls: MockRequest[] = [];
    mockApi((request) => {
      calls.push(request);
      return request.path === '/api/meetings/mtg-1/minutes' ? { body: current() } : undefined;
    });
    renderApp(<Harness />);
    expect(await screen.findByTestId('minutes-text-conclusions')).toHaveTextContent('Thống nhất.');
    text = '<p>Chi bộ thống nhất các chỉ tiêu.</p>';
    await userEvent.click(screen.getByTestId('announce'));
    await waitFor(() => expect(screen.getByTestId('minutes-text-conclusions')).toHaveTextContent('Chi bộ thống nhất các chỉ tiêu.'));
  });

  it('refetches when the room announces that a vote closed, whose result the draft lists', async () => {
    let votes: ReturnType<typeof minutesView>['content']['votes'] = [];
    const current = () => minutesView({ content: { ...minutesView().content, votes } });
    mockApi((request) => (request.path === '/api/meetings/mtg-1/minutes' ? { body: current() } : undefined));
    renderApp(<Harness next={{ seq: 13, type: 'vote-closed', voteId: 'v-1' }} />);
    await screen.findByTestId('minutes-document');
    expect(screen.queryByTestId('minutes-vote')).not.toBeInTheDocument();
    votes = minutesView().content.votes;
    await userEvent.click(screen.getByTestId('announce'));
    await waitFor(() => expect(screen.getByTestId('minutes-vote')).toHaveTextContent('tán thành 6'));
  });

  it('lets the chair sign with a one-time code over the content hash (R23)', async () => {
    const { calls } = render(
      () => minutesView({ state: 'ADOPTED', frozen: true, meetingState: 'ENDED', signAs: 'CHAIR' }),
      (request) => (request.method === 'POST' && request.path === '/api/meetings/mtg-1/minutes/sign' ? { body: minutesView({ state: 'ADOPTED' }) } : undefined),
    );
    await userEvent.click(await screen.findByTestId('minutes-sign'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('minutes-sign-hash')).toHaveTextContent('a'.repeat(64));
    await userEvent.type(within(dialog).getByTestId('minutes-sign-code'), '123456');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ký biên bản' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/sign'))).toBe(true));
    expect(calls.find((c) => c.path.endsWith('/sign'))?.body).toEqual({ code: '123456' });
  });
});

describe('MinutesPage in the room', () => {
  it('shows nothing to someone the minutes are not for (R23), instead of an error in the room', async () => {
    mockApi((request) =>
      request.path === '/api/meetings/mtg-1/minutes' ? { status: 403, body: { status: 403, code: 'minutes-not-visible', rule: 'R23', title: 'Forbidden' } } : undefined,
    );
    renderApp(
      <div data-testid="slot">
        <MinutesPage meetingId="mtg-1" embedded />
      </div>,
    );
    await waitFor(() => expect(screen.getByTestId('slot')).toBeEmptyDOMElement());
  });
});
