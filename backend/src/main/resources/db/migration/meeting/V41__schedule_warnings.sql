-- R20 is judged from the month a cell's rule was set (earlier months are not its fault).
alter table meeting.cell_schedule add column active_from date not null default current_date;

-- Warnings the daily check raised (R20 missed month or quarter, R19 held meeting too short), once per cell,
-- code and subject (the month/quarter as yyyy-MM / yyyy-Qn, or the meeting id), so that several nodes running
-- the check, or running it twice, raise each warning once.
create table meeting.schedule_warning (
    cell_id     uuid not null,
    code        text not null,
    subject     text not null,
    rule        text not null,
    message     text not null,
    period      date not null,
    meeting_id  uuid references meeting.meeting (id),
    raised_at   timestamptz not null default now(),
    primary key (cell_id, code, subject)
);
create index schedule_warning_raised_idx on meeting.schedule_warning (cell_id, raised_at desc);
