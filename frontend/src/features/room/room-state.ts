import type { AnyRoomEvent, EventsMessage, Participant, RoomEvent, RoomSnapshot, TopicMessage } from './types';

/**
 * The room as this client knows it. `view` is the last snapshot with every event after it applied, so
 * `view.seq` is the protocol's `lastSeq`. Events that arrive while a snapshot or catch-up is awaited, or
 * after a gap, wait in `buffer` (section 5 of docs/realtime-protocol.md).
 */
export type RoomState = {
  view: RoomSnapshot | null;
  /** A snapshot or `since` reply is awaited; topic events are buffered meanwhile. */
  syncing: boolean;
  /** An event arrived with seq > lastSeq + 1: the client must ask `since/{lastSeq}`. */
  gap: boolean;
  buffer: AnyRoomEvent[];
};

export type RoomAction =
  | { type: 'sync-started' }
  | { type: 'event'; event: AnyRoomEvent }
  | { type: 'snapshot'; snapshot: RoomSnapshot }
  | { type: 'missed'; seq: number; events: AnyRoomEvent[] }
  | { type: 'reset' };

export const initialRoomState: RoomState = { view: null, syncing: false, gap: false, buffer: [] };

export function roomReducer(state: RoomState, action: RoomAction): RoomState {
  switch (action.type) {
    case 'sync-started':
      return { ...state, syncing: true, gap: false };
    case 'event':
      if (state.syncing || !state.view) return { ...state, buffer: [...state.buffer, action.event] };
      return drain(state.view, [...state.buffer, action.event]);
    case 'snapshot':
      return drain(action.snapshot, state.buffer);
    case 'missed':
      if (!state.view) return state;
      return drain(state.view, [...action.events, ...state.buffer]);
    case 'reset':
      return initialRoomState;
  }
}

/** The events a topic message carries, in order: itself, or the events of a burst delivered together. */
export function topicEvents(message: TopicMessage): AnyRoomEvent[] {
  if (message.type === 'events' && Array.isArray((message as EventsMessage).events)) {
    const burst = message as EventsMessage;
    return burst.events.map((event) => ({ ...event, meetingId: burst.meetingId }) as AnyRoomEvent);
  }
  return [message as AnyRoomEvent];
}

/** Applies what follows `view.seq` without a hole; keeps what lies beyond a hole and flags the gap. */
function drain(start: RoomSnapshot, pending: AnyRoomEvent[]): RoomState {
  let view = start;
  const ahead = pending.filter((event) => event.seq > view.seq).sort((a, b) => a.seq - b.seq);
  const kept: AnyRoomEvent[] = [];
  for (const event of ahead) {
    if (event.seq <= view.seq) continue; // the same event twice in the buffer
    if (event.seq === view.seq + 1) view = applyEvent(view, event);
    else kept.push(event);
  }
  return { view, syncing: false, gap: kept.length > 0, buffer: kept };
}

function updateParticipant(view: RoomSnapshot, memberId: string, change: (p: Participant) => Participant): Participant[] {
  return view.participants.map((p) => (p.memberId === memberId ? change(p) : p));
}

/**
 * One event on top of the view; unknown types only advance `seq` (the protocol asks clients to ignore them)
 * and are kept as `announcement` for the page's slots (other modules announce their own types).
 */
export function applyEvent(view: RoomSnapshot, any: AnyRoomEvent): RoomSnapshot {
  const next = { ...view, seq: any.seq };
  const event = any as RoomEvent;
  switch (event.type) {
    case 'participant-joined': {
      const joined = { ...event.participant, present: true, removed: false };
      const known = view.participants.some((p) => p.memberId === joined.memberId);
      return {
        ...next,
        participants: known ? updateParticipant(view, joined.memberId, () => joined) : [...view.participants, joined],
      };
    }
    case 'participant-devices':
      return { ...next, participants: updateParticipant(view, event.memberId, (p) => ({ ...p, present: true, devices: event.devices })) };
    case 'participant-left':
      return { ...next, participants: updateParticipant(view, event.memberId, (p) => ({ ...p, present: false, devices: 0 })) };
    case 'participant-removed':
      return {
        ...next,
        participants: updateParticipant(view, event.memberId, (p) => ({ ...p, removed: true })),
      };
    case 'hand-raised':
      if (view.queue.some((hand) => hand.memberId === event.memberId)) return next;
      return { ...next, queue: [...view.queue, { memberId: event.memberId, raisedAt: event.raisedAt }] };
    case 'hand-lowered':
      return { ...next, queue: view.queue.filter((hand) => hand.memberId !== event.memberId) };
    case 'floor-given':
      return { ...next, speaker: event.speaker };
    case 'floor-ended':
      return { ...next, speaker: view.speaker?.memberId === event.memberId ? null : view.speaker };
    case 'agenda-item-changed':
      return { ...next, currentItem: event.item };
    case 'room-lock-changed':
      return { ...next, locked: event.locked };
    case 'meeting-state-changed':
      return { ...next, state: event.state };
    default:
      return { ...next, announcement: any };
  }
}
