create schema if not exists minutes;

-- One biên bản per meeting (cell or party-group meeting). While drafting, the automatic parts are computed live
-- from the other modules; at adoption the whole canonical content is frozen here with its SHA-256 (docs/minutes.md).
create table minutes.minutes (
    meeting_id        uuid primary key,
    unit_id           uuid not null,
    cell_id           uuid not null,
    state             text not null check (state in ('DRAFT', 'READ_BACK', 'ADOPTED', 'SIGNED')),
    chair_may_edit    boolean not null default false,
    read_back_at      timestamptz,
    read_back_by      text,
    adopted_at        timestamptz,
    adopted_by        text,
    adoption_method   text check (adoption_method in ('CHAIR_CONFIRMATION', 'VOTE')),
    adoption_vote_id  uuid,
    content           text,
    content_hash      text,
    signed_at         timestamptz,
    published_at      timestamptz,
    late_warned_at    timestamptz,
    created_at        timestamptz not null,
    version           integer not null default 0
);

-- The minute-taker's sections (opinions per agenda item, conclusions, tasks, self-assessment …), sanitised HTML.
create table minutes.section (
    meeting_id   uuid not null references minutes.minutes (meeting_id),
    section_key  text not null,
    html         text not null,
    version      integer not null,
    updated_by   text not null,
    updated_at   timestamptz not null,
    primary key (meeting_id, section_key)
);

-- Every save of a section, appended (the version history).
create table minutes.section_version (
    id           bigserial primary key,
    meeting_id   uuid not null references minutes.minutes (meeting_id),
    section_key  text not null,
    version      integer not null,
    html         text not null,
    saved_by     text not null,
    saved_at     timestamptz not null,
    unique (meeting_id, section_key, version)
);

-- The chair's and the minute-taker's signatures over the frozen content hash, each after a second-factor check.
create table minutes.signature (
    meeting_id    uuid not null references minutes.minutes (meeting_id),
    role          text not null check (role in ('CHAIR', 'MINUTE_TAKER')),
    member_id     uuid not null,
    full_name     text not null,
    signed_by     text not null,
    signed_at     timestamptz not null,
    content_hash  text not null,
    seal          text not null,
    primary key (meeting_id, role)
);

-- Corrections after signing: appended, each referencing the original's hash and signed by its author.
create table minutes.addendum (
    id             uuid primary key,
    meeting_id     uuid not null references minutes.minutes (meeting_id),
    seq            integer not null,
    html           text not null,
    original_hash  text not null,
    content_hash   text not null,
    author_role    text not null check (author_role in ('CHAIR', 'MINUTE_TAKER')),
    member_id      uuid not null,
    full_name      text not null,
    signed_by      text not null,
    signed_at      timestamptz not null,
    seal           text not null,
    unique (meeting_id, seq)
);

-- R23: signed minutes are immutable (they are published in the same change that records the second signature);
-- their sections, versions, signatures and addenda can never change or go.
create function minutes.refuse_signed_change() returns trigger language plpgsql as $$
begin
    if old.state = 'SIGNED' then
        raise exception 'signed minutes are immutable (meeting %)', old.meeting_id;
    end if;
    if tg_op = 'DELETE' then
        raise exception 'minutes are never deleted (meeting %)', old.meeting_id;
    end if;
    return new;
end;
$$;

create trigger minutes_immutable_when_signed before update or delete on minutes.minutes
    for each row execute function minutes.refuse_signed_change();

create function minutes.refuse_section_change() returns trigger language plpgsql as $$
declare
    current_state text;
begin
    select state into current_state from minutes.minutes
        where meeting_id = coalesce(new.meeting_id, old.meeting_id);
    if tg_op = 'DELETE' or current_state in ('ADOPTED', 'SIGNED') then
        raise exception 'the sections of adopted minutes are frozen (meeting %)', coalesce(new.meeting_id, old.meeting_id);
    end if;
    return coalesce(new, old);
end;
$$;

create trigger section_frozen_after_adoption before insert or update or delete on minutes.section
    for each row execute function minutes.refuse_section_change();

create function minutes.append_only() returns trigger language plpgsql as $$
begin
    raise exception '%.% is append-only', tg_table_schema, tg_table_name;
end;
$$;

create trigger section_version_append_only before update or delete on minutes.section_version
    for each row execute function minutes.append_only();
create trigger signature_append_only before update or delete on minutes.signature
    for each row execute function minutes.append_only();
create trigger addendum_append_only before update or delete on minutes.addendum
    for each row execute function minutes.append_only();
