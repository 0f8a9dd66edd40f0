-- Reporting: the committee's figures, kept current from events (docs/reporting.md).
-- Every row carries the cell's materialised path ("root-id/…/cell-id/"), so "inside this subtree" is a prefix
-- predicate answered by a text_pattern_ops index, whatever the depth of the tree.
create schema if not exists reporting;

-- The tree as reporting last saw it (copied from the organisation directory when events arrive).
create table reporting.unit (
    id        uuid primary key,
    kind      text not null,
    code      text not null,
    name      text not null,
    parent_id uuid,
    path      text not null
);
create index unit_path_idx on reporting.unit (path text_pattern_ops) where kind = 'CELL';

-- Names of the members that appear in rolls (for lists and exports).
create table reporting.member (
    id        uuid primary key,
    full_name text not null
);

-- One row per meeting that was held (ended) or cancelled.
create table reporting.meeting_fact (
    meeting_id         uuid primary key,
    unit_id            uuid not null,
    cell_id            uuid not null,
    cell_path          text not null,
    party_group        boolean not null,
    kind               text not null,
    mode               text not null,
    online_pilot       boolean not null,
    cancelled          boolean not null default false,
    month              date not null,               -- first day of the month (Vietnam time) of the planned start
    starts_at          timestamptz not null,
    started_at         timestamptz,
    ended_at           timestamptz,
    held_minutes       integer,                     -- null until ended
    required_minutes   integer not null,            -- R19: 90, or 120 when regular and thematic are combined
    minutes_adopted_at timestamptz,                 -- R21
    title              text not null
);
create index meeting_fact_cell_month_idx on reporting.meeting_fact (cell_id, month);
create index meeting_fact_path_idx on reporting.meeting_fact (cell_path text_pattern_ops, month);

-- One row per (member, meeting): the roll as confirmed, corrections applied. Partitioned by year. Kept narrow
-- (no path: the subtree is found through meeting_fact), since the country has about 70 million a year.
create table reporting.attendance_fact (
    month        date not null,
    meeting_id   uuid not null,
    member_id    uuid not null,
    cell_id      uuid not null,
    status       text,                              -- RollStatus, null when never set
    guest        boolean not null,
    primary key (month, meeting_id, member_id)
) partition by range (month);
create index attendance_fact_member_idx on reporting.attendance_fact (member_id, month);
do $$
begin
    for y in 2020..2035 loop
        execute format('create table reporting.attendance_fact_%s partition of reporting.attendance_fact
                        for values from (%L) to (%L)', y, make_date(y, 1, 1), make_date(y + 1, 1, 1));
    end loop;
end $$;
create table reporting.attendance_fact_other partition of reporting.attendance_fact default;

-- One row per (cell, month): what the dashboard reads. Recomputed from the two fact tables for the
-- (cell, month) an event touched; never incremented, so replaying an event changes nothing.
create table reporting.cell_month (
    cell_id             uuid not null,
    month               date not null,
    cell_path           text not null,
    regular_held        integer not null,           -- R20 (cell meetings, regular or combined)
    thematic_held       integer not null,           -- R20 (cell meetings, thematic or combined)
    group_meetings      integer not null,           -- R25 party-group meetings
    short_meetings      integer not null,           -- R19
    held_minutes        integer not null,
    online_meetings     integer not null,           -- R3
    hybrid_meetings     integer not null,           -- R3
    minutes_adopted     integer not null,           -- R21
    minutes_on_time     integer not null,           -- R21 (adopted within 2 days of the end)
    counted             integer not null,           -- R12 denominator: members, not guests, not exempt/transferred/suspended
    present             integer not null,
    present_online      integer not null,
    present_in_person   integer not null,
    absent_with_reason  integer not null,
    absent_without      integer not null,
    exempt              integer not null,
    primary key (cell_id, month)
);
create index cell_month_path_idx on reporting.cell_month (cell_path text_pattern_ops, month);

-- R11: one row per (member, month) in which the member was absent without reason from at least one meeting.
create table reporting.unexcused_month (
    member_id uuid not null,
    month     date not null,
    cell_id   uuid not null,
    cell_path text not null,
    full_name text not null,                        -- copied, so the national list needs no join to 5.6 M names
    meetings  uuid[] not null,
    meeting_starts timestamptz[] not null,          -- the meetings' starts, in the same order
    primary key (member_id, month)
);
create index unexcused_month_path_idx on reporting.unexcused_month (cell_path text_pattern_ops, month);

-- R19/R20 warnings raised by the meeting module's daily check.
create table reporting.schedule_warning (
    cell_id    uuid not null,
    rule       text not null,
    code       text not null,
    period     date not null,
    meeting_id uuid,
    message    text not null,
    primary key (cell_id, code, period)
);
