-- The audit log: one row per recorded act, each chained to the one before by SHA-256 (see docs/audit.md).
create schema audit;

create table audit.entry
(
    seq              bigint      not null primary key check (seq >= 1),
    at               timestamptz not null,
    recorded_at      timestamptz not null,
    actor_account_id uuid,
    actor_username   text,
    action           text,
    object_type      text,
    object_id        text,
    unit_id          uuid,
    origin           text,
    details          jsonb       not null default '{}',
    canonical        text        not null,
    prev_hash        char(64)    not null unique,
    hash             char(64)    not null unique
);

create index entry_at_idx on audit.entry (at);
create index entry_actor_idx on audit.entry (actor_username);
create index entry_object_idx on audit.entry (object_type, object_id);
create index entry_action_idx on audit.entry (action);
create index entry_unit_idx on audit.entry (unit_id);

-- Every unit that ever appeared in an entry, so an administrator's subtree can be resolved without scanning
-- the log. Only ever grows.
create table audit.entry_unit
(
    unit_id uuid not null primary key
);

-- Append-only, also for anyone holding the application's credentials: the rows cannot be changed, deleted
-- or truncated. A superuser (or the table owner) can still disable these triggers; the hash chain is what
-- detects that (docs/audit.md, "Threats").
create function audit.refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit.% is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger entry_is_append_only
    before update or delete on audit.entry
    for each row execute function audit.refuse_change();

create trigger entry_is_never_truncated
    before truncate on audit.entry
    for each statement execute function audit.refuse_change();

create trigger entry_unit_is_append_only
    before update or delete on audit.entry_unit
    for each row execute function audit.refuse_change();
