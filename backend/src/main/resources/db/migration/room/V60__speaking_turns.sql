create schema room;

-- A speaking turn in the live room: the chair gave the floor to a member (during an agenda item, when one was
-- current) and ended it, or a later turn ended it. The minutes and the yearly evaluation (R26) read these.
create table room.speaking_turn (
    id              uuid primary key,
    meeting_id      uuid not null,
    member_id       uuid not null,
    agenda_item_id  uuid,
    started_at      timestamptz not null,
    ended_at        timestamptz,
    check (ended_at is null or ended_at >= started_at)
);

create index speaking_turn_by_meeting on room.speaking_turn (meeting_id, started_at);
-- at most one running turn per meeting
create unique index speaking_turn_one_running on room.speaking_turn (meeting_id) where ended_at is null;
