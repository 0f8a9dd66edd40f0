import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { mockApi, renderApp, type MockRequest } from '@/testing/test-utils';

import { agendaItem, meeting, testPickers } from '../fixtures';
import type { Meeting } from '../types';

import { MeetingPage } from './meeting-page';

const links = { meeting: (id: string) => `/meetings/${id}`, edit: (id: string) => `/meetings/${id}/edit`, room: (id: string) => `/meetings/${id}/room` };

function render(current: () => Meeting, handler: (request: MockRequest) => ReturnType<Parameters<typeof mockApi>[0]>) {
  const calls: MockRequest[] = [];
  mockApi((request) => {
    calls.push(request);
    if (request.method === 'GET' && request.path === '/api/meetings/mtg-1') return { body: current() };
    return handler(request);
  });
  renderApp(<MeetingPage meetingId="mtg-1" pickers={testPickers} links={links} />, { path: '/meetings/mtg-1' });
  return calls;
}

// Several antd interactions per test: give them room on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

describe('MeetingPage', () => {
  it('shows a member everything before the meeting: Vietnamese time, online, chair, agenda, documents, no manager buttons', async () => {
    render(
      () =>
        meeting({
          permissions: { manage: false, chair: false },
          warnings: [{ code: 'documents-late', rule: 'R21', message: 'Tài liệu chưa được công bố trước 1 ngày.' }],
          agenda: [
            agendaItem('a-1', 1, {
              title: 'Thông tin thời sự',
              type: 'INFORMATION',
              presenterName: 'Nguyễn Văn Hùng',
              documents: [
                { id: 'd-1', fileName: 'ban-tin.pdf', contentType: 'application/pdf', size: 12345, sha256: 'ab', classification: 'INTERNAL', publishedAt: '2026-12-01T03:00:00Z' },
              ],
            }),
          ],
        }),
      () => undefined,
    );

    expect(await screen.findByTestId('meeting-title')).toHaveTextContent('Sinh hoạt chi bộ thường kỳ tháng 12/2026');
    expect(screen.getByTestId('meeting-time')).toHaveTextContent('03/12/2026 19:30 – 21:30');
    expect(screen.getByTestId('meeting-place')).toHaveTextContent('trực tuyến');
    expect(screen.getByTestId('meeting-pilot')).toHaveTextContent('Thí điểm 03-HD/TW');
    expect(screen.getByTestId('meeting-chair-name')).toHaveTextContent('Nguyễn Văn Hùng');
    expect(screen.getByTestId('meeting-minute-taker-name')).toHaveTextContent('Trần Thị Mai');
    expect(screen.getByTestId('meeting-warning')).toHaveAttribute('data-rule', 'R21');
    expect(screen.getByTestId('document-link')).toHaveAttribute('href', '/api/meetings/mtg-1/documents/d-1');
    expect(screen.getByTestId('meeting-enter-room')).toHaveAttribute('href', '/meetings/mtg-1/room');
    expect(screen.queryByTestId('agenda-add')).not.toBeInTheDocument();
    expect(screen.queryByTestId('meeting-cancel')).not.toBeInTheDocument();
    expect(screen.queryByTestId('document-upload')).not.toBeInTheDocument();
  });

  it('R4: refuses a discipline item on an online-only meeting, says why and switches the meeting to hybrid to add it', async () => {
    let current = meeting();
    const calls = render(
      () => current,
      ({ method, path, body }) => {
        if (method === 'POST' && path === '/api/meetings/mtg-1/agenda') {
          if (current.mode === 'ONLINE') {
            return {
              status: 409,
              body: {
                title: 'Không được họp trực tuyến',
                status: 409,
                code: 'agenda-item-not-allowed-online',
                rule: 'R4',
                detail: 'Nội dung kỷ luật không được quyết định trong cuộc họp chỉ trực tuyến.',
              },
            };
          }
          current = { ...current, agenda: [agendaItem('a-9', 1, { ...(body as object), id: 'a-9' })] };
          return { status: 201, body: current.agenda![0] };
        }
        if (method === 'PUT' && path === '/api/meetings/mtg-1') {
          current = { ...current, mode: (body as Meeting).mode, version: current.version + 1 };
          return { body: current };
        }
        return undefined;
      },
    );
    // fireEvent rather than userEvent: the same clicks, far cheaper on a busy machine.
    fireEvent.click(await screen.findByTestId('agenda-add'));
    fireEvent.change(await screen.findByTestId('agenda-item-title'), { target: { value: 'Xem xét kỷ luật đảng viên' } });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Loại nội dung' }));
    fireEvent.click(await screen.findByTestId('agenda-type-DISCIPLINE'));
    fireEvent.click(screen.getByTestId('agenda-item-submit'));

    const refusal = await screen.findByTestId('agenda-r4-refusal', {}, { timeout: 10_000 });
    expect(refusal).toHaveTextContent('không được đưa vào cuộc họp chỉ trực tuyến (R4)');
    expect(refusal).toHaveTextContent('Nội dung kỷ luật không được quyết định trong cuộc họp chỉ trực tuyến.');

    fireEvent.click(within(refusal).getByTestId('agenda-switch-hybrid'));

    await waitFor(() => expect(screen.queryByTestId('agenda-r4-refusal')).not.toBeInTheDocument(), { timeout: 10_000 });
    const put = calls.find((call) => call.method === 'PUT' && call.path === '/api/meetings/mtg-1');
    expect(put?.body).toMatchObject({ version: 3, mode: 'HYBRID', startsAt: '2026-12-03T12:30:00Z' });
    const posts = calls.filter((call) => call.method === 'POST' && call.path === '/api/meetings/mtg-1/agenda');
    expect(posts).toHaveLength(2);
    expect(posts[1].body).toMatchObject({ title: 'Xem xét kỷ luật đảng viên', type: 'DISCIPLINE' });
    expect(await screen.findByText('1. Xem xét kỷ luật đảng viên', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('R5: shows the refusal of a state-secret upload', async () => {
    const calls = render(
      () => meeting({ agenda: [agendaItem('a-1', 1)] }),
      ({ method, path }) => {
        if (method === 'POST' && path === '/api/meetings/mtg-1/agenda/a-1/documents') {
          return {
            status: 422,
            body: { title: 'Tài liệu mật nhà nước', status: 422, code: 'state-secret-upload', rule: 'R5', detail: 'Không được tải lên tài liệu bí mật nhà nước.' },
          };
        }
        return undefined;
      },
    );
    await screen.findByTestId('document-upload', {}, { timeout: 10_000 });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Mức độ tài liệu' }));
    fireEvent.click(await screen.findByTestId('document-classification-STATE_SECRET'));
    const input = screen.getByTestId('document-upload').querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.setup({ delay: null }).upload(input, new File(['%PDF-1.4'], 'mat.pdf', { type: 'application/pdf' }));

    const error = await screen.findByTestId('document-error', {}, { timeout: 10_000 });
    expect(error).toHaveTextContent('Không được tải lên tài liệu bí mật nhà nước.');
    expect(error.parentElement).toHaveAttribute('data-rule', 'R5');
    const upload = calls.find((call) => call.path === '/api/meetings/mtg-1/agenda/a-1/documents');
    const form = upload?.init.body as FormData;
    expect(form.get('classification')).toBe('STATE_SECRET');
    expect((form.get('file') as File).name).toBe('mat.pdf');
  });

  describe('with laid-out agenda rows', () => {
    // jsdom lays nothing out; dnd-kit finds where to move by the rows' rectangles.
    const original = Element.prototype.getBoundingClientRect;
    beforeEach(() => {
      Element.prototype.getBoundingClientRect = function (this: Element) {
        const row = this.closest('[data-testid="agenda-item"]');
        const index = row ? Array.from(row.parentElement!.children).indexOf(row) : 0;
        const top = index * 60;
        return { x: 0, y: top, top, left: 0, right: 300, bottom: top + 50, width: 300, height: 50, toJSON: () => ({}) } as DOMRect;
      };
    });
    afterEach(() => {
      Element.prototype.getBoundingClientRect = original;
      vi.restoreAllMocks();
    });

    it('reorders the agenda with the keyboard (Space, arrow down, Space) and saves the full order', async () => {
      const calls = render(
        () => meeting({ agenda: [agendaItem('a-1', 1, { title: 'Khai mạc' }), agendaItem('a-2', 2, { title: 'Thông tin thời sự' }), agendaItem('a-3', 3, { title: 'Kết luận' })] }),
        ({ method, path }) => (method === 'PUT' && path === '/api/meetings/mtg-1/agenda/order' ? { status: 204 } : undefined),
      );

      const handles = await screen.findAllByTestId('agenda-drag-handle');
      handles[0].focus();
      fireEvent.keyDown(handles[0], { key: ' ', code: 'Space' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      fireEvent.keyDown(document.activeElement ?? handles[0], { key: 'ArrowDown', code: 'ArrowDown' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      fireEvent.keyDown(document.activeElement ?? handles[0], { key: ' ', code: 'Space' });

      await waitFor(() => expect(calls.some((call) => call.path === '/api/meetings/mtg-1/agenda/order')).toBe(true));
      const order = calls.find((call) => call.path === '/api/meetings/mtg-1/agenda/order');
      expect(order?.method).toBe('PUT');
      expect(order?.body).toEqual({ itemIds: ['a-2', 'a-1', 'a-3'] });
      await waitFor(() =>
        expect(screen.getAllByTestId('agenda-item-title-text').map((node) => node.textContent)).toEqual(['1. Thông tin thời sự', '2. Khai mạc', '3. Kết luận']),
      );
    });
  });
});
