import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { renderApp } from '@/testing/test-utils';

import type { ConnectionListener, RoomConnection } from '../api/stomp-connection';
import { CHAIR, event, ITEMS, MEETING_ID, MEMBER, snapshot } from '../fixtures';

import type { RoomVideoContext } from './room-page';

/** Stands in for the STOMP connection: the test plays the server. */
class FakeServer {
  listener!: ConnectionListener;
  subscriptions = new Map<string, (body: unknown) => void>();
  sent: { destination: string; body: unknown }[] = [];
  reconnects = 0;
  pauses = 0;

  open = (listener: ConnectionListener): RoomConnection => {
    this.listener = listener;
    return {
      subscribe: (destination, onMessage) => {
        this.subscriptions.set(destination, onMessage);
        return () => this.subscriptions.delete(destination);
      },
      send: (destination, body) => this.sent.push({ destination, body }),
      reconnect: () => (this.reconnects += 1),
      pause: () => (this.pauses += 1),
      close: () => undefined,
    };
  };

  connect() {
    act(() => this.listener.onConnected());
  }

  drop() {
    act(() => {
      this.subscriptions.clear();
      this.listener.onDisconnected();
    });
  }

  deliver(destination: string, body: unknown) {
    const handler = this.subscriptions.get(destination);
    if (!handler) throw new Error(`nobody subscribed to ${destination}; have ${[...this.subscriptions.keys()].join(', ')}`);
    act(() => handler(body));
  }

  commands() {
    return this.sent.map((message) => message.destination.replace(`/app/meetings/${MEETING_ID}/`, ''));
  }
}

let server: FakeServer;

vi.mock('../api/stomp-connection', () => ({
  openRoomConnection: (listener: ConnectionListener) => server.open(listener),
}));

const { RoomPage } = await import('./room-page');

const topic = `/topic/meetings/${MEETING_ID}`;
const badge = () => screen.getByTestId('room-connection');

function enterRoom(snap = snapshot(), video?: (context: RoomVideoContext) => ReactNode) {
  renderApp(<RoomPage meetingId={MEETING_ID} video={video} />);
  server.connect();
  server.deliver(`/app/meetings/${MEETING_ID}/snapshot`, snap);
  server.deliver('/user/queue/replies', { type: 'joined', meetingId: MEETING_ID, connectionId: 'n1-a', role: snap.you.role, seq: snap.seq });
}

beforeEach(() => {
  server = new FakeServer();
});

describe('RoomPage', () => {
  it('subscribes in the documented order, renders the snapshot and joins', async () => {
    enterRoom();

    expect([...server.subscriptions.keys()]).toEqual(['/user/queue/errors', '/user/queue/replies', topic]);
    expect(server.commands()).toEqual(['join']);
    expect(await screen.findByTestId('room-title')).toHaveTextContent('Sinh hoạt chi bộ thường kỳ tháng 12/2026');
    expect(screen.getByTestId('room-current-item')).toHaveTextContent('1. Báo cáo tình hình tháng');
    const rows = screen.getAllByTestId('room-participant');
    expect(rows.map((row) => row.getAttribute('data-member-id'))).toEqual(['m-chair', 'm-member', 'm-duby']);
    expect(within(rows[1]).getByTestId('room-devices')).toHaveTextContent('2');
    expect(within(rows[0]).getByTestId('room-role')).toHaveTextContent('Chủ trì');
    expect(within(rows[2]).getByTestId('room-role')).toHaveTextContent('Đảng viên dự bị');
    expect(screen.getByTestId('room-video')).toHaveTextContent('Cuộc gọi video chưa có trên trang này');
    expect(badge()).toHaveAttribute('data-state', 'connected');
  });

  it('hands the video slot the meeting, whether it is open and the member\'s name, and drops it when she is removed', () => {
    const video = vi.fn((context: RoomVideoContext) => <span data-testid="video-slot">{context.displayName}</span>);
    enterRoom(snapshot(), video);

    expect(screen.getByTestId('room-video')).toContainElement(screen.getByTestId('video-slot'));
    expect(video).toHaveBeenLastCalledWith({ meetingId: MEETING_ID, open: true, displayName: MEMBER.name });

    server.deliver(topic, event(11, 'meeting-state-changed', { state: 'ENDED' }));
    expect(video).toHaveBeenLastCalledWith({ meetingId: MEETING_ID, open: false, displayName: MEMBER.name });

    server.deliver(topic, event(12, 'participant-removed', { memberId: MEMBER.memberId, reason: 'Không giữ trật tự' }));
    expect(screen.getByTestId('room-removed')).toBeInTheDocument();
    expect(screen.queryByTestId('room-video')).not.toBeInTheDocument();
  });

  it('hides the chair controls from a member, who may raise a hand', async () => {
    const user = userEvent.setup();
    enterRoom();

    expect(screen.queryByTestId('room-chair-controls')).not.toBeInTheDocument();
    expect(screen.queryByTestId('room-give-floor')).not.toBeInTheDocument();
    expect(screen.queryByTestId('room-remove')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('room-raise-hand'));
    expect(server.commands()).toEqual(['join', 'raise-hand']);

    server.deliver(topic, event(11, 'hand-raised', { memberId: MEMBER.memberId, raisedAt: '2026-12-03T12:41:07Z' }));
    expect(screen.getByTestId('room-queue-entry')).toHaveTextContent('Trần Thị Bình');
    expect(screen.getByTestId('room-lower-hand')).toBeInTheDocument();
  });

  it('gives the chair the controls, and advances the agenda and the floor through commands', async () => {
    const user = userEvent.setup();
    enterRoom(snapshot({ you: { memberId: CHAIR.memberId, role: 'CHAIR', manage: true }, queue: [{ memberId: MEMBER.memberId, raisedAt: '2026-12-03T12:41:07Z' }] }));

    expect(screen.getByTestId('room-chair-controls')).toBeInTheDocument();
    await user.click(screen.getByTestId('room-agenda-next'));
    await user.click(screen.getByTestId('room-queue-give-floor'));
    expect(server.sent.slice(1)).toEqual([
      { destination: `/app/meetings/${MEETING_ID}/agenda`, body: { itemId: ITEMS[1].id } },
      { destination: `/app/meetings/${MEETING_ID}/give-floor`, body: { memberId: MEMBER.memberId } },
    ]);
  });

  it('asks for a reason before removing a participant', async () => {
    const user = userEvent.setup();
    enterRoom(snapshot({ you: { memberId: CHAIR.memberId, role: 'CHAIR', manage: true } }));

    const row = screen.getAllByTestId('room-participant').find((r) => r.getAttribute('data-member-id') === MEMBER.memberId)!;
    await user.click(within(row).getByTestId('room-remove'));
    await user.click(await screen.findByTestId('room-remove-confirm'));
    expect(await screen.findByText('Vui lòng nhập lý do')).toBeInTheDocument();
    expect(server.commands()).toEqual(['join']);

    await user.type(screen.getByTestId('room-remove-reason'), 'Không giữ trật tự');
    await user.click(screen.getByTestId('room-remove-confirm'));
    expect(server.sent.at(-1)).toEqual({
      destination: `/app/meetings/${MEETING_ID}/remove`,
      body: { memberId: MEMBER.memberId, reason: 'Không giữ trật tự' },
    });
  });

  it('shows a refusal from the server in Vietnamese', async () => {
    enterRoom();

    server.deliver('/user/queue/errors', { code: 'chair-only', message: 'x', destination: `/app/meetings/${MEETING_ID}/lock` });
    expect(await screen.findByText('Chỉ người chủ trì mới được làm việc này.')).toBeInTheDocument();
  });

  it('shows reconnecting after a drop, then catches up from the last seq it saw', () => {
    enterRoom();
    server.deliver(topic, event(11, 'room-lock-changed', { locked: true }));

    server.drop();
    expect(badge()).toHaveAttribute('data-state', 'reconnecting');

    server.connect();
    expect(badge()).toHaveAttribute('data-state', 'reconnecting');
    // An event that arrives before the catch-up answers waits for it.
    server.deliver(topic, event(14, 'room-lock-changed', { locked: false }));
    server.deliver(`/app/meetings/${MEETING_ID}/since/11`, {
      type: 'missed',
      seq: 13,
      events: [event(12, 'agenda-item-changed', { item: ITEMS[1] }), event(13, 'agenda-item-changed', { item: ITEMS[2] })],
    });

    expect(badge()).toHaveAttribute('data-state', 'connected');
    expect(screen.getByTestId('room-current-item')).toHaveTextContent('3. Nghị quyết tháng');
    expect(screen.queryByText('Phòng đã khóa')).not.toBeInTheDocument();
    // Presence belongs to the connection: join again.
    expect(server.commands()).toEqual(['join', 'join']);
  });

  it('asks since/{lastSeq} when an event skips a number', () => {
    enterRoom();

    server.deliver(topic, event(12, 'agenda-item-changed', { item: ITEMS[2] }));
    expect(screen.getByTestId('room-current-item')).toHaveTextContent('1. Báo cáo tình hình tháng');
    server.deliver(`/app/meetings/${MEETING_ID}/since/10`, { type: 'resync', snapshot: snapshot({ seq: 12, currentItem: ITEMS[2] }) });
    expect(screen.getByTestId('room-current-item')).toHaveTextContent('3. Nghị quyết tháng');
  });

  it('goes offline with the browser and reconnects when it comes back', () => {
    enterRoom();

    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(badge()).toHaveAttribute('data-state', 'offline');
    expect(badge()).toHaveTextContent('Mất kết nối mạng');
    expect(server.pauses).toBe(1);

    server.drop();
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(server.reconnects).toBe(1);
    expect(badge()).toHaveAttribute('data-state', 'reconnecting');
    expect(badge()).toHaveTextContent('Đang kết nối lại…');
  });

  it('stops and says why when the server refuses the meeting', () => {
    renderApp(<RoomPage meetingId={MEETING_ID} />);
    server.connect();
    act(() => server.listener.onRefused('access-denied', { code: 'access-denied' }));

    expect(screen.getByTestId('room-refused')).toHaveTextContent('Đồng chí không có quyền vào cuộc họp này.');
    expect(server.pauses).toBe(1);
  });
});
