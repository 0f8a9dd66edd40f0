-- Jitsi intervals arrive as one upserted interval per connection: stored as a JOIN and a LEAVE fact keyed by the
-- interval id (source 'jitsi'); the secretary's manual entries likewise (source 'manual', a pair per entry).
alter table attendance.presence_fact add column recorded_by text;

-- The roll call (R9) while it is being prepared: one row per member the minute-taker or a manager has set.
-- Members without a row show the status suggested from the ledger and the member records.
create table attendance.roll_entry (
    meeting_id  uuid not null,
    member_id   uuid not null,
    status      text not null,
    reason      text,
    updated_by  text not null,
    updated_at  timestamptz not null,
    version     integer not null,
    primary key (meeting_id, member_id)
);

-- The roll confirmed by the chair (R9): a snapshot stored once, never changed (JSON as shown, plus a row per line).
create table attendance.roll_confirmation (
    meeting_id     uuid primary key,
    confirmed_at   timestamptz not null,
    confirmed_by   text not null,
    snapshot       jsonb not null
);

create table attendance.roll_line (
    meeting_id  uuid not null references attendance.roll_confirmation (meeting_id),
    member_id   uuid not null,
    full_name   text not null,
    guest       boolean not null,
    status      text not null,
    reason      text,
    version     integer not null,
    primary key (meeting_id, member_id)
);

-- Corrections after confirmation, appended (the current roll = snapshot + the latest correction per member).
create table attendance.roll_correction (
    id            bigserial primary key,
    meeting_id    uuid not null references attendance.roll_confirmation (meeting_id),
    member_id     uuid not null,
    status        text not null,
    reason        text,
    version       integer not null,
    corrected_by  text not null,
    corrected_at  timestamptz not null,
    unique (meeting_id, member_id, version)
);

create function attendance.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the confirmed roll call is append-only (%.%)', tg_table_schema, tg_table_name;
end;
$$;

create trigger roll_confirmation_append_only before update or delete on attendance.roll_confirmation
    for each row execute function attendance.refuse_change();
create trigger roll_line_append_only before update or delete on attendance.roll_line
    for each row execute function attendance.refuse_change();
create trigger roll_correction_append_only before update or delete on attendance.roll_correction
    for each row execute function attendance.refuse_change();
