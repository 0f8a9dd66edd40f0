import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { mockApi, renderApp, type MockAnswer } from '@/testing/test-utils';

import { externalApiUrl } from '../api/external-api';
import { TOKEN_REFRESH_LEAD_MS } from '../hooks/use-jitsi-call';
import type { JitsiMeetOptions, VideoToken } from '../types';

import { VideoCall } from './video-call';

const MEETING_ID = 'meeting-1';
const DOMAIN = 'meet.example.org';
const SETTINGS_PATH = '/api/video/settings';
const TOKEN_PATH = `/api/meetings/${MEETING_ID}/video-token`;

/** Stands in for Jitsi's IFrame API: records what the page asked for and lets the test fire Jitsi's events. */
class FakeJitsi {
  static calls: FakeJitsi[] = [];
  listeners = new Map<string, (payload?: unknown) => void>();
  disposed = false;

  constructor(
    readonly domain: string,
    readonly options: JitsiMeetOptions,
  ) {
    FakeJitsi.calls.push(this);
  }

  addListener(event: string, listener: (payload?: unknown) => void) {
    this.listeners.set(event, listener);
  }

  dispose() {
    this.disposed = true;
  }

  emit(event: string, payload?: unknown) {
    act(() => this.listeners.get(event)?.(payload));
  }
}

function token(n: number, expiresInMs = 3 * 60 * 60_000): VideoToken {
  return { domain: DOMAIN, roomName: 'chibo-0a1b2c', jwt: `jwt-${n}`, expiresAt: new Date(Date.now() + expiresInMs).toISOString(), moderator: false };
}

/** The server: video settings and one fresh token per request (or the given refusal). */
function serve({ enabled = true, tokenAnswer }: { enabled?: boolean; tokenAnswer?: (n: number) => MockAnswer } = {}) {
  let issued = 0;
  const fetchMock = mockApi(({ path }) => {
    if (path === SETTINGS_PATH) return { body: { enabled, domain: enabled ? DOMAIN : null } };
    if (path === TOKEN_PATH) {
      issued += 1;
      return tokenAnswer ? tokenAnswer(issued) : { body: token(issued) };
    }
    return undefined;
  });
  return { tokenRequests: () => fetchMock.mock.calls.filter(([input]) => String(input).endsWith(TOKEN_PATH)).length };
}

const notice = () => screen.findByTestId('video-unavailable');
const scriptTag = () => document.head.querySelector<HTMLScriptElement>(`script[src="${externalApiUrl(DOMAIN)}"]`);

beforeEach(() => {
  FakeJitsi.calls = [];
  window.JitsiMeetExternalAPI = FakeJitsi;
});

afterEach(() => {
  delete window.JitsiMeetExternalAPI;
  document.head.querySelectorAll('script').forEach((script) => script.remove());
  vi.useRealTimers();
});

describe('VideoCall', () => {
  it('says plainly that video is not configured and asks for no token', async () => {
    const server = serve({ enabled: false });
    renderApp(<VideoCall meetingId={MEETING_ID} open displayName="Trần Thị Bình" />);

    const shown = await notice();
    expect(shown).toHaveAttribute('data-reason', 'not-configured');
    expect(shown).toHaveTextContent('Hệ thống chưa có cuộc gọi video');
    expect(shown).toHaveTextContent('vẫn hoạt động bình thường');
    expect(screen.getByTestId('video-retry')).toBeInTheDocument();
    expect(server.tokenRequests()).toBe(0);
    expect(FakeJitsi.calls).toHaveLength(0);
  });

  it('waits for the meeting to open before asking for a token', async () => {
    const server = serve();
    renderApp(<VideoCall meetingId={MEETING_ID} open={false} />);

    expect(await notice()).toHaveAttribute('data-reason', 'not-open');
    expect(screen.queryByTestId('video-retry')).not.toBeInTheDocument();
    expect(server.tokenRequests()).toBe(0);
  });

  it('says Jitsi is unreachable when external_api.js fails to load, and retries with a new script and token', async () => {
    delete window.JitsiMeetExternalAPI;
    const user = userEvent.setup();
    const server = serve();
    renderApp(<VideoCall meetingId={MEETING_ID} open />);

    await waitFor(() => expect(scriptTag()).not.toBeNull());
    expect(document.head.querySelectorAll('script')).toHaveLength(1);
    fireEvent.error(scriptTag()!);
    const shown = await notice();
    expect(shown).toHaveAttribute('data-reason', 'unreachable');
    expect(shown).toHaveTextContent('Không kết nối được máy chủ video');
    expect(scriptTag()).toBeNull();

    // Jitsi answers again.
    await user.click(screen.getByTestId('video-retry'));
    await waitFor(() => expect(scriptTag()).not.toBeNull());
    window.JitsiMeetExternalAPI = FakeJitsi;
    fireEvent.load(scriptTag()!);
    await waitFor(() => expect(FakeJitsi.calls).toHaveLength(1));
    expect(server.tokenRequests()).toBe(2);
    expect(FakeJitsi.calls[0].options.jwt).toBe('jwt-2');
  });

  it('says Jitsi is unreachable when external_api.js does not arrive in time', async () => {
    delete window.JitsiMeetExternalAPI;
    serve();
    renderApp(<VideoCall meetingId={MEETING_ID} open scriptTimeoutMs={50} />);

    expect(await notice()).toHaveAttribute('data-reason', 'unreachable');
    expect(scriptTag()).toBeNull();
  });

  it('creates the call with the room, the token and Vietnamese, and shows when the member is in', async () => {
    serve();
    renderApp(<VideoCall meetingId={MEETING_ID} open displayName="Trần Thị Bình" />);

    await waitFor(() => expect(FakeJitsi.calls).toHaveLength(1));
    const [call] = FakeJitsi.calls;
    expect(call.domain).toBe(DOMAIN);
    expect(call.options).toMatchObject({
      roomName: 'chibo-0a1b2c',
      jwt: 'jwt-1',
      lang: 'vi',
      userInfo: { displayName: 'Trần Thị Bình' },
      configOverwrite: { prejoinConfig: { enabled: false }, startWithAudioMuted: true },
    });
    expect(call.options.parentNode).toBe(screen.getByTestId('video-frame'));
    expect(screen.getByTestId('video-connecting')).toBeInTheDocument();

    call.emit('videoConferenceJoined', { roomName: 'chibo-0a1b2c' });
    expect(screen.getByTestId('video-joined')).toHaveTextContent('Đồng chí đang trong cuộc gọi');
    expect(screen.getByTestId('video-frame')).toBeVisible();
  });

  it('fetches a new token each time it re-creates the call', async () => {
    const user = userEvent.setup();
    const server = serve();
    renderApp(<VideoCall meetingId={MEETING_ID} open />);
    await waitFor(() => expect(FakeJitsi.calls).toHaveLength(1));
    FakeJitsi.calls[0].emit('videoConferenceJoined');

    FakeJitsi.calls[0].emit('videoConferenceLeft');
    expect(FakeJitsi.calls[0].disposed).toBe(true);
    expect(screen.getByTestId('video-left')).toHaveTextContent('Đồng chí đã rời cuộc gọi video');

    await user.click(screen.getByTestId('video-rejoin'));
    await waitFor(() => expect(FakeJitsi.calls).toHaveLength(2));
    expect(server.tokenRequests()).toBe(2);
    expect(FakeJitsi.calls[1].options.jwt).toBe('jwt-2');
    expect(FakeJitsi.calls[1].disposed).toBe(false);
  });

  it('re-creates the call with a fresh token before the token expires', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const server = serve({ tokenAnswer: (n) => ({ body: token(n, TOKEN_REFRESH_LEAD_MS + 60_000) }) });
    renderApp(<VideoCall meetingId={MEETING_ID} open />);
    await waitFor(() => expect(FakeJitsi.calls).toHaveLength(1));

    await act(() => vi.advanceTimersByTimeAsync(61_000));
    await waitFor(() => expect(FakeJitsi.calls).toHaveLength(2));
    expect(FakeJitsi.calls[0].disposed).toBe(true);
    expect(FakeJitsi.calls[1].options.jwt).toBe('jwt-2');
    expect(server.tokenRequests()).toBe(2);
  });

  it('disposes the call when the page goes away', async () => {
    serve();
    const { unmount } = renderApp(<VideoCall meetingId={MEETING_ID} open />);
    await waitFor(() => expect(FakeJitsi.calls).toHaveLength(1));

    unmount();
    expect(FakeJitsi.calls[0].disposed).toBe(true);
  });

  it('disposes the call when the meeting closes', async () => {
    serve();
    const user = userEvent.setup();
    function Room() {
      const [open, setOpen] = useState(true);
      return (
        <>
          <button onClick={() => setOpen(false)}>end</button>
          <VideoCall meetingId={MEETING_ID} open={open} />
        </>
      );
    }
    renderApp(<Room />);
    await waitFor(() => expect(FakeJitsi.calls).toHaveLength(1));

    await user.click(screen.getByText('end'));
    expect(FakeJitsi.calls[0].disposed).toBe(true);
    expect(await notice()).toHaveAttribute('data-reason', 'not-open');
  });

  it.each([
    [409, 'video-room-not-open', 'not-open'],
    [409, 'meeting-without-video', 'in-person'],
    [503, 'video-not-configured', 'not-configured'],
    [403, 'video-access-denied', 'refused'],
  ])('turns a %i %s from the token endpoint into the %s notice', async (status, code, reason) => {
    serve({ tokenAnswer: () => ({ status, body: { status, code, detail: 'Đồng chí không dự cuộc họp này.' } }) });
    renderApp(<VideoCall meetingId={MEETING_ID} open />);

    expect(await notice()).toHaveAttribute('data-reason', reason);
    expect(FakeJitsi.calls).toHaveLength(0);
    if (reason === 'refused') expect(screen.getByTestId('video-unavailable')).toHaveTextContent('Đồng chí không dự cuộc họp này.');
  });
});
