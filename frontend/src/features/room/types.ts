/** Mirrors the live room's realtime protocol (docs/realtime-protocol.md). */

export type RoomRole = 'CHAIR' | 'MINUTE_TAKER' | 'MEMBER' | 'PROBATIONARY' | 'GUEST' | 'OBSERVER';

export type Participant = {
  memberId: string;
  name: string;
  role: RoomRole | string;
  present: boolean;
  devices: number;
  /**
   * Not in the protocol yet (it has no way to tell a probationary member from an official one); read
   * when the server adds it, ignored otherwise.
   */
  standing?: 'OFFICIAL' | 'PROBATIONARY' | string;
  /** Set locally from `participant-removed`; the protocol's participant has no such field. */
  removed?: boolean;
};

export type RoomAgendaItem = { id: string; position: number; title: string; type: string };

export type QueuedHand = { memberId: string; raisedAt: string };

export type Speaker = { memberId: string; agendaItemId: string | null; startedAt: string };

export type RoomSnapshot = {
  type: 'snapshot';
  seq: number;
  /** The latest event of a type the room does not know (another module's, e.g. the minutes'), for the page's slots. */
  announcement?: AnyRoomEvent;
  meetingId: string;
  title: string;
  state: string;
  locked: boolean;
  currentItem: RoomAgendaItem | null;
  agenda: RoomAgendaItem[];
  participants: Participant[];
  queue: QueuedHand[];
  speaker: Speaker | null;
  you: { memberId: string; role: RoomRole | string; manage: boolean };
};

type EventBase = { seq: number; meetingId: string; at: string };

export type RoomEvent = EventBase &
  (
    | { type: 'participant-joined'; participant: Participant }
    | { type: 'participant-devices'; memberId: string; devices: number }
    | { type: 'participant-left'; memberId: string; cause: string }
    | { type: 'participant-removed'; memberId: string; reason: string }
    | { type: 'hand-raised'; memberId: string; raisedAt: string }
    | { type: 'hand-lowered'; memberId: string; cause: string }
    | { type: 'floor-given'; speaker: Speaker }
    | { type: 'floor-ended'; memberId: string; startedAt: string; endedAt: string }
    | { type: 'agenda-item-changed'; item: RoomAgendaItem | null }
    | { type: 'room-lock-changed'; locked: boolean }
    | { type: 'meeting-state-changed'; state: string }
  );

/** Any event, including types this client does not know yet (they only advance `seq`). */
export type AnyRoomEvent = RoomEvent | (EventBase & { type: string });

/** A burst of events delivered together on the topic (docs/realtime-protocol.md, section 3). */
/** A burst delivered together: its events leave out `meetingId`, which the message carries once. */
export type EventsMessage = { type: 'events'; seq: number; meetingId: string; events: Omit<AnyRoomEvent, 'meetingId'>[] };

/** What arrives on `/topic/meetings/{id}`: one event, or a burst of them. */
export type TopicMessage = AnyRoomEvent | EventsMessage;

export type SinceReply = { type: 'missed'; seq: number; events: AnyRoomEvent[] } | { type: 'resync'; snapshot: RoomSnapshot };

export type RoomReply =
  | { type: 'joined'; meetingId: string; connectionId: string; role: string; seq: number }
  | { type: 'left'; meetingId: string; connectionId: string };

export type RoomErrorMessage = { code: string; message?: string; destination?: string };

/** What the badge shows; `connected` means connected and caught up. */
export type ConnectionState = 'connected' | 'reconnecting' | 'offline';

export type ChairCommand = 'open' | 'start' | 'end' | 'agenda' | 'lock' | 'unlock' | 'give-floor' | 'end-floor' | 'remove';
export type MemberCommand = 'join' | 'leave' | 'raise-hand' | 'lower-hand';

/** The role to show: a member on probation shows as such when the server says so. */
export function shownRole(participant: Participant): string {
  return participant.role === 'MEMBER' && participant.standing === 'PROBATIONARY' ? 'PROBATIONARY' : participant.role;
}

/** States in which members may be in the room (`join` is refused otherwise). */
export const LIVE_STATES: ReadonlySet<string> = new Set(['OPEN', 'IN_PROGRESS']);
