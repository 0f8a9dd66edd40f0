create schema meeting;

-- An online authorisation (R1–R3): the upper committee lets a cell (or a whole grassroots organisation, and
-- so every cell below it) meet online or hybrid from valid_from to valid_to (inclusive). R2: the members who
-- cannot meet in person are listed, and the "more than half" test is computed against the members on the
-- issue date, excluding exempt and suspended members; the figures are stored as computed at recording time.
create table meeting.online_authorisation (
    id                   uuid primary key,
    unit_id              uuid not null,
    reference_number     text not null,
    issued_on            date not null,
    issuer               text not null,
    valid_from           date not null,
    valid_to             date not null,
    reason_category      text not null check (reason_category in
                             ('DISPERSED_WORK', 'IRREGULAR_PRESENCE', 'CANNOT_LEAVE_POST', 'SPECIAL_CIRCUMSTANCES')),
    reason_note          text,
    unable_member_ids    uuid[] not null default '{}',
    counted_members      integer not null,
    more_than_half       boolean not null,
    revoked_at           timestamptz,
    revoked_reason       text,
    recorded_by          text,
    recorded_at          timestamptz not null default now(),
    check (valid_to >= valid_from)
);
create index online_authorisation_unit_idx on meeting.online_authorisation (unit_id, valid_from);

-- A cell's monthly rule (R20): the regular meeting on day_of_month at local_time (Asia/Ho_Chi_Minh), planned
-- for planned_minutes; documents are published document_lead_days before (R21).
create table meeting.cell_schedule (
    cell_id             uuid primary key,
    day_of_month        integer not null default 3 check (day_of_month between 1 and 28),
    local_time          time not null default '19:30',
    planned_minutes     integer not null default 120 check (planned_minutes between 30 and 600),
    mode                text not null default 'IN_PERSON' check (mode in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    place               text,
    document_lead_days  integer not null default 1 check (document_lead_days between 0 and 30),
    months_ahead        integer not null default 2 check (months_ahead between 1 and 12),
    active              boolean not null default true,
    version             bigint not null default 0
);

-- A meeting of a cell, or of one of its party groups (unit_id = the group, cell_id = its cell).
create table meeting.meeting (
    id                      uuid primary key,
    unit_id                 uuid not null,
    cell_id                 uuid not null,
    kind                    text not null check (kind in
                                ('REGULAR', 'THEMATIC', 'REGULAR_AND_THEMATIC', 'EXTRAORDINARY', 'CONGRESS')),
    mode                    text not null check (mode in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    state                   text not null check (state in
                                ('DRAFT', 'SCHEDULED', 'OPEN', 'IN_PROGRESS', 'ENDED', 'MINUTES_ADOPTED',
                                 'CANCELLED', 'POSTPONED')),
    title                   text not null,
    starts_at               timestamptz not null,
    ends_at                 timestamptz not null,
    started_at              timestamptz,
    ended_at                timestamptz,
    place                   text,
    video_room              text unique,
    chair_member_id         uuid,
    minute_taker_member_id  uuid,
    online_pilot            boolean not null default false,
    authorisation_id        uuid references meeting.online_authorisation (id),
    recording_enabled       boolean not null default false,
    from_schedule           boolean not null default false,
    state_reason            text,
    postponed_to_id         uuid references meeting.meeting (id),
    created_by              text,
    created_at              timestamptz not null default now(),
    version                 bigint not null default 0,
    check (ends_at > starts_at),
    check (mode = 'IN_PERSON' or video_room is not null)
);
create index meeting_unit_start_idx on meeting.meeting (unit_id, starts_at);
create index meeting_cell_start_idx on meeting.meeting (cell_id, starts_at);
create index meeting_state_idx on meeting.meeting (state) where state in ('SCHEDULED', 'OPEN', 'IN_PROGRESS');
-- one regular meeting generated per cell and month
create unique index meeting_schedule_month_idx on meeting.meeting
    (cell_id, (date_trunc('month', starts_at at time zone 'Asia/Ho_Chi_Minh'))) where from_schedule;

-- Invited guests (members of the upper committee, or of other cells).
create table meeting.meeting_guest (
    meeting_id  uuid not null references meeting.meeting (id),
    member_id   uuid not null,
    primary key (meeting_id, member_id)
);

-- Every transition, with who made it and why (cancelled / postponed carry a reason).
create table meeting.state_change (
    id          bigserial primary key,
    meeting_id  uuid not null references meeting.meeting (id),
    from_state  text,
    to_state    text not null,
    reason      text,
    actor       text,
    at          timestamptz not null default now()
);
create index state_change_meeting_idx on meeting.state_change (meeting_id, id);

-- The agenda (R4, R18, R19): ordered items with a type and a classification.
create table meeting.agenda_item (
    id                   uuid primary key,
    meeting_id           uuid not null references meeting.meeting (id),
    position             integer not null,
    title                text not null,
    item_type            text not null check (item_type in
                             ('INFORMATION', 'REPORT', 'DISCUSSION', 'RESOLUTION', 'PERSONNEL', 'ELECTION',
                              'DISCIPLINE', 'ADMISSION', 'OFFICIAL_RECOGNITION', 'ANNUAL_CLASSIFICATION',
                              'INSPECTION', 'OTHER')),
    classification       text not null check (classification in ('PUBLIC', 'INTERNAL', 'SECRET')),
    secret_ballot        boolean not null default false,
    presenter_member_id  uuid,
    presenter_name       text,
    planned_minutes      integer not null default 0 check (planned_minutes between 0 and 600),
    notes                text,
    unique (meeting_id, position) deferrable initially deferred
);
