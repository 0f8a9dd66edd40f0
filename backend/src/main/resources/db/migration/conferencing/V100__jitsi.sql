create schema conferencing;

-- The Jitsi room of a meeting: how a webhook (which only names the room) finds its meeting. Registered when
-- the meeting is scheduled or opened and whenever a token is minted; a meeting whose room name changed keeps
-- its old name too. live = open or in progress (the reconciliation looks at these); claimed_until lets one
-- node at a time reconcile a room.
create table conferencing.video_room (
    room_name      text primary key check (room_name = lower(room_name)),
    meeting_id     uuid not null,
    live           boolean not null default false,
    claimed_until  timestamptz,
    registered_at  timestamptz not null
);
create index video_room_meeting_idx on conferencing.video_room (meeting_id);
create index video_room_live_idx on conferencing.video_room (room_name) where live;

-- Every webhook accepted, exactly once: event_key is the event's natural key (event, room, breakout room,
-- occupant connection, Prosody's timestamps), so a retry or a duplicate finds its row and changes nothing.
create table conferencing.jitsi_event (
    event_key         text primary key,
    event_name        text not null,
    room_name         text not null,
    breakout_room_id  text not null default '',
    meeting_id        uuid,
    payload           jsonb not null,
    received_at       timestamptz not null
);
create index jitsi_event_meeting_idx on conferencing.jitsi_event (meeting_id, received_at);

-- One connection of a member to a meeting's call (main room, or one breakout room): joined_at/left_at are
-- Prosody's times. A `left` may arrive before its `joined` (then the row starts from the `left`); closed_by
-- says what closed it: the member left, the room was destroyed, or the meeting ended with it still open.
create table conferencing.jitsi_interval (
    id                uuid primary key,
    meeting_id        uuid not null,
    member_id         uuid not null,
    room_name         text not null,
    breakout_room_id  text not null default '',
    occupant_jid      text not null,
    joined_at         timestamptz,
    left_at           timestamptz,
    closed_by         text check (closed_by in ('LEFT', 'ROOM_DESTROYED', 'MEETING_ENDED')),
    version           bigint not null default 0,
    unique (room_name, breakout_room_id, occupant_jid),
    check (left_at is null or joined_at is null or left_at >= joined_at)
);
create index jitsi_interval_meeting_idx on conferencing.jitsi_interval (meeting_id, member_id);
create index jitsi_interval_open_idx on conferencing.jitsi_interval (meeting_id) where left_at is null;

-- What the webhooks told us that is not attendance: a room no meeting owns, an occupant whose id is not one
-- of our members (or who has no id). Kept for the secretary (and administrators for unknown rooms).
create table conferencing.jitsi_anomaly (
    id                uuid primary key,
    anomaly_key       text not null unique,
    kind              text not null check (kind in ('UNKNOWN_ROOM', 'UNKNOWN_OCCUPANT')),
    meeting_id        uuid,
    room_name         text not null,
    breakout_room_id  text not null default '',
    occupant_id       text,
    occupant_name     text,
    occupant_jid      text,
    first_event_key   text not null,
    first_seen_at     timestamptz not null,
    last_seen_at      timestamptz not null,
    occurrences       integer not null default 1
);
create index jitsi_anomaly_meeting_idx on conferencing.jitsi_anomaly (meeting_id, first_seen_at);

-- A reconciliation that found Jitsi's live count different from ours. jitsi_count null = Jitsi does not know
-- the room (404); presence_count null = the live room did not say.
create table conferencing.jitsi_discrepancy (
    id              uuid primary key,
    meeting_id      uuid not null,
    room_name       text not null,
    checked_at      timestamptz not null,
    jitsi_count     integer,
    webhook_count   integer not null,
    presence_count  integer
);
create index jitsi_discrepancy_meeting_idx on conferencing.jitsi_discrepancy (meeting_id, checked_at);
