-- Documents attached to agenda items (R5, R7, R21). The bytes live in PostgreSQL, apart from the metadata so
-- that listing never reads them: every node sees a file as soon as its upload commits, and an upload either
-- stores both rows or nothing. STATE_SECRET is refused before anything is stored (R5), so it is not a value
-- here. A withdrawn document is kept (withdrawn_at set) but no longer listed or served.
create table meeting.document (
    id               uuid primary key,
    meeting_id       uuid not null references meeting.meeting (id),
    agenda_item_id   uuid not null references meeting.agenda_item (id) on delete cascade,
    file_name        text not null,
    content_type     text not null,
    size_bytes       bigint not null check (size_bytes > 0),
    sha256           text not null,
    classification   text not null check (classification in ('PUBLIC', 'INTERNAL', 'SECRET')),
    uploaded_by      text,
    uploaded_at      timestamptz not null,
    published_at     timestamptz,
    published_by     text,
    -- R21: published later than the cell's lead time before the meeting started
    published_late   boolean not null default false,
    withdrawn_at     timestamptz,
    withdrawn_by     text,
    version          bigint not null default 0
);
create index document_meeting_idx on meeting.document (meeting_id, uploaded_at);
create index document_item_idx on meeting.document (agenda_item_id);

create table meeting.document_content (
    document_id  uuid primary key references meeting.document (id) on delete cascade,
    content      bytea not null
);
