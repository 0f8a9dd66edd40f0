create schema attendance;

-- Raw join/leave facts as each source reported them, with the server's timestamp; the attendance ledger merges
-- them into intervals per member (R10). A fact is stored once however often its source delivers it.
create table attendance.presence_fact (
    id             bigserial primary key,
    event_key      text not null unique,
    source         text not null check (source in ('room', 'jitsi', 'manual')),
    kind           text not null check (kind in ('JOIN', 'LEAVE')),
    meeting_id     uuid not null,
    member_id      uuid not null,
    connection_id  text,
    -- the member's role in the meeting when they joined (CHAIR, MINUTE_TAKER, MEMBER, GUEST, OBSERVER)
    role           text,
    cause          text,
    occurred_at    timestamptz not null,
    recorded_at    timestamptz not null default now()
);

create index presence_fact_by_meeting on attendance.presence_fact (meeting_id, member_id, occurred_at);
