-- In-app notices for a member, each doubling as the outbox of its e-mail: email_status PENDING rows are
-- claimed by one node at a time (FOR UPDATE SKIP LOCKED) and sent; NONE when the member has no address or
-- no mail server is configured.
create table meeting.notification (
    id              uuid primary key,
    member_id       uuid not null,
    kind            text not null,
    meeting_id      uuid,
    title           text not null,
    body            text not null,
    created_at      timestamptz not null,
    read_at         timestamptz,
    email_to        text,
    email_status    text not null default 'NONE' check (email_status in ('NONE', 'PENDING', 'SENT', 'FAILED')),
    email_attempts  integer not null default 0,
    email_sent_at   timestamptz
);
create index notification_member_idx on meeting.notification (member_id, created_at desc);
create index notification_unread_idx on meeting.notification (member_id) where read_at is null;
create index notification_outbox_idx on meeting.notification (created_at) where email_status = 'PENDING';

-- One reminder per meeting, kind (e.g. P1D, PT1H) and member, whichever node gets there first.
create table meeting.reminder_claim (
    meeting_id  uuid not null references meeting.meeting (id),
    kind        text not null,
    member_id   uuid not null,
    claimed_at  timestamptz not null,
    primary key (meeting_id, kind, member_id)
);

-- R21: the upper committee's member assigned to follow a cell; receives the cell's notices.
create table meeting.cell_liaison (
    cell_id    uuid primary key,
    member_id  uuid not null,
    set_by     text,
    set_at     timestamptz not null,
    version    bigint not null default 0
);
