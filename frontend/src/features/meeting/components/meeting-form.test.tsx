import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { mockApi, renderApp } from '@/testing/test-utils';

import { CELL_ID, testPickers } from '../fixtures';
import type { MeetingBody } from '../types';

import { MeetingForm } from './meeting-form';

const link = (id: string) => `/meetings/${id}`;

// Several antd interactions per test: give them room on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

describe('MeetingForm', () => {
  it('reads a typed date and time as Vietnamese time and asks the server about the rules as she types (R1, R19)', async () => {
    const checks: MeetingBody[] = [];
    const fetchMock = mockApi(({ method, path, body }) => {
      if (method === 'POST' && path === '/api/meetings/check') {
        const draft = body as MeetingBody;
        checks.push(draft);
        const short = new Date(draft.endsAt).getTime() - new Date(draft.startsAt).getTime() < 90 * 60_000;
        return {
          body: {
            warnings: short ? [{ code: 'planned-duration-short', rule: 'R19', message: 'Thời lượng dự kiến dưới 90 phút.' }] : [],
            refusals:
              draft.mode === 'ONLINE'
                ? [{ code: 'online-not-authorised', rule: 'R1', message: 'Chi bộ chưa được cấp trên cho phép họp trực tuyến.' }]
                : [],
          },
        };
      }
      return undefined;
    });
    const user = userEvent.setup({ delay: null });
    renderApp(<MeetingForm defaultUnitId={CELL_ID} pickers={testPickers} meetingLink={link} />, { path: '/meetings/new' });

    // What a browser script does: put "2026-12-10 19:30" in the field and press Enter.
    const starts = await screen.findByTestId('meeting-starts-at');
    fireEvent.change(starts, { target: { value: '2026-12-10T19:30' } });
    fireEvent.keyDown(starts, { key: 'Enter' });
    fireEvent.change(screen.getByTestId('meeting-ends-at'), { target: { value: '2026-12-10T20:30' } });
    expect(starts).toHaveValue('2026-12-10T19:30');

    const warning = await screen.findByTestId('meeting-check-warning', {}, { timeout: 5000 });
    expect(warning).toHaveAttribute('data-rule', 'R19');
    expect(warning).toHaveTextContent('Thời lượng dự kiến dưới 90 phút.');
    expect(checks.at(-1)).toMatchObject({ unitId: CELL_ID, kind: 'REGULAR', mode: 'IN_PERSON', startsAt: '2026-12-10T12:30:00.000Z', endsAt: '2026-12-10T13:30:00.000Z' });
    expect(screen.getByTestId('meeting-duration')).toHaveTextContent('60 phút');

    // Online without an authorisation: refused, before anything is saved.
    await user.click(screen.getByTestId('meeting-mode-ONLINE'));
    fireEvent.change(screen.getByTestId('meeting-ends-at'), { target: { value: '2026-12-10T21:30' } });
    const refusal = await screen.findByTestId('meeting-check-refusal', {}, { timeout: 5000 });
    expect(refusal).toHaveAttribute('data-rule', 'R1');
    expect(refusal).toHaveTextContent('chưa được cấp trên cho phép họp trực tuyến');
    await waitFor(() => expect(screen.queryByTestId('meeting-check-warning')).not.toBeInTheDocument());
    expect(checks.at(-1)).toMatchObject({ mode: 'ONLINE', endsAt: '2026-12-10T14:30:00.000Z' });
    // The debounce asks once per pause, not once per keystroke.
    expect(checks.length).toBeLessThanOrEqual(3);
    // Enter in the date field saved nothing.
    expect(fetchMock.mock.calls.some(([input, init]) => String(input) === '/api/meetings' && init?.method === 'POST')).toBe(false);
  });

  it('creates the meeting from the regular template and opens it', async () => {
    let created: MeetingBody | undefined;
    mockApi(({ method, path, body }) => {
      if (path === '/api/meetings/check') return { body: { warnings: [], refusals: [] } };
      if (method === 'POST' && path === '/api/meetings') {
        created = body as MeetingBody;
        return { status: 201, body: { id: 'new-1' } };
      }
      return undefined;
    });
    const user = userEvent.setup({ delay: null });
    renderApp(<MeetingForm defaultUnitId={CELL_ID} pickers={testPickers} meetingLink={link} />, { path: '/meetings/new' });

    await user.click(await screen.findByTestId('meeting-title-input'));
    await user.paste('Sinh hoạt chuyên đề');
    await user.click(screen.getByTestId('meeting-mode-ONLINE'));
    fireEvent.change(screen.getByTestId('meeting-starts-at'), { target: { value: '2026-12-17T19:30' } });
    fireEvent.change(screen.getByTestId('meeting-ends-at'), { target: { value: '2026-12-17T21:30' } });
    await user.click(screen.getByTestId('meeting-template-REGULAR'));
    expect(await screen.findByTestId('meeting-check-ok', {}, { timeout: 5000 })).toBeInTheDocument();
    await user.click(screen.getByTestId('meeting-form-submit'));

    await waitFor(() => expect(created).toBeDefined());
    expect(created).toMatchObject({
      unitId: CELL_ID,
      mode: 'ONLINE',
      title: 'Sinh hoạt chuyên đề',
      template: 'REGULAR',
      startsAt: '2026-12-17T12:30:00.000Z',
      endsAt: '2026-12-17T14:30:00.000Z',
    });
  });
});
