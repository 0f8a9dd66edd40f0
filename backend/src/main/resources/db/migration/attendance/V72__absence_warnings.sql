-- R11: a member's months absent without reason in a calendar year reached 2 (the cell committee is warned) or 3
-- (the Charter's removal procedure, Điều 8.1, is flagged for the committee; nothing is done automatically).
-- One row per member, year and level: the warning is raised once, when the count first reaches that level.
create table attendance.absence_warning (
    member_id   uuid not null,
    year        integer not null,
    level       integer not null check (level in (2, 3)),
    cell_id     uuid not null,
    months      text not null,
    meeting_id  uuid not null,
    raised_at   timestamptz not null,
    primary key (member_id, year, level)
);

create index absence_warning_by_cell on attendance.absence_warning (cell_id, year);
create index roll_line_by_member on attendance.roll_line (member_id);

-- A correction after confirmation says why (e.g. "the member had told the secretary beforehand").
alter table attendance.roll_correction add column note text;
