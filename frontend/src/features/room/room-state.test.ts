import { describe, expect, it } from 'vitest';

import { event, ITEMS, MEMBER, PROBATIONARY, snapshot } from './fixtures';
import { initialRoomState, roomReducer, topicEvents, type RoomAction, type RoomState } from './room-state';
import type { AnyRoomEvent } from './types';

function run(actions: RoomAction[], start: RoomState = initialRoomState): RoomState {
  return actions.reduce(roomReducer, start);
}

const synced = run([{ type: 'sync-started' }, { type: 'snapshot', snapshot: snapshot() }]);

describe('roomReducer', () => {
  it('applies events in seq order on top of the snapshot', () => {
    const state = run(
      [
        { type: 'event', event: event(11, 'agenda-item-changed', { item: ITEMS[1] }) },
        { type: 'event', event: event(12, 'hand-raised', { memberId: MEMBER.memberId, raisedAt: '2026-12-03T12:41:07Z' }) },
        { type: 'event', event: event(13, 'floor-given', { speaker: { memberId: MEMBER.memberId, agendaItemId: 'i-2', startedAt: '2026-12-03T12:42:00Z' } }) },
        { type: 'event', event: event(14, 'hand-lowered', { memberId: MEMBER.memberId, cause: 'floor-given' }) },
        { type: 'event', event: event(15, 'participant-joined', { participant: { ...PROBATIONARY, present: true, devices: 1 } }) },
        { type: 'event', event: event(16, 'room-lock-changed', { locked: true }) },
      ],
      synced,
    );

    expect(state.view?.seq).toBe(16);
    expect(state.view?.currentItem?.id).toBe('i-2');
    expect(state.view?.speaker?.memberId).toBe(MEMBER.memberId);
    expect(state.view?.queue).toEqual([]);
    expect(state.view?.participants.find((p) => p.memberId === PROBATIONARY.memberId)).toMatchObject({ present: true, devices: 1 });
    expect(state.view?.locked).toBe(true);
    expect(state.gap).toBe(false);
  });

  it('applies a burst delivered together as its events, in order, each with the meeting the burst names', () => {
    const withoutMeeting = (e: AnyRoomEvent): Omit<AnyRoomEvent, 'meetingId'> => {
      const copy: Partial<AnyRoomEvent> = { ...e };
      delete copy.meetingId;
      return copy as Omit<AnyRoomEvent, 'meetingId'>;
    };
    const burst = topicEvents({
      type: 'events',
      seq: 12,
      meetingId: 'm-burst',
      events: [
        withoutMeeting(event(11, 'participant-joined', { participant: { ...PROBATIONARY, present: true, devices: 1 } })),
        withoutMeeting(event(12, 'room-lock-changed', { locked: true })),
      ],
    });
    const state = run(burst.map((e): RoomAction => ({ type: 'event', event: e })), synced);

    expect(burst.map((e) => e.seq)).toEqual([11, 12]);
    expect(burst.map((e) => e.meetingId)).toEqual(['m-burst', 'm-burst']);
    expect(topicEvents(event(13, 'room-lock-changed', { locked: false }))).toHaveLength(1);
    expect(state.view?.seq).toBe(12);
    expect(state.view?.participants.find((p) => p.memberId === PROBATIONARY.memberId)).toMatchObject({ present: true });
    expect(state.view?.locked).toBe(true);
  });

  it('ignores an event it has already applied, so nothing happens twice', () => {
    const raised = event(11, 'hand-raised', { memberId: MEMBER.memberId, raisedAt: '2026-12-03T12:41:07Z' });
    const once = run([{ type: 'event', event: raised }], synced);
    const twice = run([{ type: 'event', event: raised }, { type: 'event', event: event(5, 'room-lock-changed', { locked: true }) }], once);

    expect(twice.view).toEqual(once.view);
    expect(twice.view?.queue).toHaveLength(1);
    expect(twice.view?.locked).toBe(false);
  });

  it('flags a gap, holds later events back, and applies them after the missed ones arrive', () => {
    const ahead = run([{ type: 'event', event: event(13, 'agenda-item-changed', { item: ITEMS[2] }) }], synced);

    expect(ahead.gap).toBe(true);
    expect(ahead.view?.seq).toBe(10);
    expect(ahead.view?.currentItem?.id).toBe('i-1');

    const resumed = run(
      [
        { type: 'sync-started' },
        {
          type: 'missed',
          seq: 13,
          events: [
            event(11, 'agenda-item-changed', { item: ITEMS[1] }),
            event(12, 'room-lock-changed', { locked: true }),
            event(13, 'agenda-item-changed', { item: ITEMS[2] }),
          ],
        },
      ],
      ahead,
    );

    expect(resumed.gap).toBe(false);
    expect(resumed.syncing).toBe(false);
    expect(resumed.view?.seq).toBe(13);
    expect(resumed.view?.currentItem?.id).toBe('i-3');
    expect(resumed.view?.locked).toBe(true);
    expect(resumed.buffer).toEqual([]);
  });

  it('buffers events while catching up and applies those the catch-up did not cover', () => {
    const state = run(
      [
        { type: 'sync-started' },
        { type: 'event', event: event(12, 'room-lock-changed', { locked: true }) },
        { type: 'event', event: event(13, 'meeting-state-changed', { state: 'ENDED' }) },
        { type: 'missed', seq: 12, events: [event(11, 'agenda-item-changed', { item: ITEMS[1] }), event(12, 'room-lock-changed', { locked: true })] },
      ],
      synced,
    );

    expect(state.view?.seq).toBe(13);
    expect(state.view?.state).toBe('ENDED');
    expect(state.view?.currentItem?.id).toBe('i-2');
  });

  it('replaces everything with a fresh snapshot on resync and continues from its seq', () => {
    const stale = run([{ type: 'event', event: event(11, 'room-lock-changed', { locked: true }) }], synced);
    const fresh = snapshot({ seq: 900, currentItem: ITEMS[2], participants: [MEMBER], locked: false });
    const state = run(
      [
        { type: 'sync-started' },
        { type: 'event', event: event(899, 'room-lock-changed', { locked: true }) },
        { type: 'event', event: event(901, 'agenda-item-changed', { item: ITEMS[0] }) },
        { type: 'snapshot', snapshot: fresh },
      ],
      stale,
    );

    expect(state.view?.seq).toBe(901);
    expect(state.view?.locked).toBe(false);
    expect(state.view?.participants).toEqual([MEMBER]);
    expect(state.view?.currentItem?.id).toBe('i-1');
  });

  it('only advances seq for event types it does not know, keeping the latest for the page slots', () => {
    const announced = event(11, 'minutes-draft-changed', { section: 'conclusions', version: 2 });
    const state = run([{ type: 'event', event: announced }], synced);

    expect(state.view).toEqual({ ...synced.view, seq: 11, announcement: announced });
  });

  it('marks who left, and who was removed, without forgetting them', () => {
    const state = run(
      [
        { type: 'event', event: event(11, 'participant-removed', { memberId: MEMBER.memberId, reason: 'Không giữ trật tự' }) },
        { type: 'event', event: event(12, 'participant-left', { memberId: MEMBER.memberId, cause: 'removed' }) },
      ],
      synced,
    );

    expect(state.view?.participants.find((p) => p.memberId === MEMBER.memberId)).toMatchObject({ present: false, removed: true, devices: 0 });
  });
});
