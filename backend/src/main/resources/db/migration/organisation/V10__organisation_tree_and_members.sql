create schema organisation;

-- The party tree. "path" is the materialised chain of ids from the root down to the unit itself, each id
-- followed by '/', so "every unit below Y" is one prefix scan on an index (text_pattern_ops) and "is X
-- within Y" is a single comparison. Units are never deleted: dissolving sets dissolved_on.
create table organisation.unit (
    id                uuid primary key,
    kind              text not null check (kind in ('COMMITTEE', 'GRASSROOTS', 'CELL', 'PARTY_GROUP')),
    code              text not null unique,
    name              text not null,
    parent_id         uuid references organisation.unit (id),
    path              text not null,
    valid_from        date not null,
    dissolved_on      date,
    leader_member_id  uuid,
    deputy_member_id  uuid,
    version           bigint not null default 0
);
create index unit_path_idx on organisation.unit (path text_pattern_ops);
create index unit_parent_idx on organisation.unit (parent_id);

-- What the unit was called and where it hung, period by period.
create table organisation.unit_history (
    id          bigserial primary key,
    unit_id     uuid not null references organisation.unit (id),
    event       text not null check (event in ('CREATED', 'RENAMED', 'MOVED', 'DISSOLVED')),
    valid_from  date not null,
    valid_to    date,
    name        text not null,
    parent_id   uuid,
    changed_by  text,
    recorded_at timestamptz not null default now()
);
create index unit_history_unit_idx on organisation.unit_history (unit_id, id);

create table organisation.member (
    id              uuid primary key,
    card_number     text not null unique,
    full_name       text not null,
    search_name     text not null,
    date_of_birth   date not null,
    admission_date  date not null,
    official_date   date,
    status          text not null check (status in ('OFFICIAL', 'PROBATIONARY')),
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    check (status = 'OFFICIAL' or official_date is null)
);
create index member_search_name_idx on organisation.member (search_name text_pattern_ops);

-- Which cell (and party group) a member belonged to, period by period; valid_to is exclusive, null = now.
create table organisation.membership (
    id         uuid primary key,
    member_id  uuid not null references organisation.member (id),
    cell_id    uuid not null references organisation.unit (id),
    group_id   uuid references organisation.unit (id),
    valid_from date not null,
    valid_to   date,
    check (valid_to is null or valid_to > valid_from)
);
create unique index membership_current_idx on organisation.membership (member_id) where valid_to is null;
create index membership_member_idx on organisation.membership (member_id, valid_from);
create index membership_cell_idx on organisation.membership (cell_id, valid_from);
create index membership_group_idx on organisation.membership (group_id, valid_from) where group_id is not null;

-- Exempt, suspended, temporarily transferred: each with its period (valid_to inclusive, null = open).
create table organisation.member_flag (
    id            uuid primary key,
    member_id     uuid not null references organisation.member (id),
    kind          text not null check (kind in ('EXEMPT', 'SUSPENDED', 'TRANSFERRED_OUT', 'TRANSFERRED_IN')),
    valid_from    date not null,
    valid_to      date,
    other_unit_id uuid references organisation.unit (id),
    note          text,
    ended_at      timestamptz,
    check (valid_to is null or valid_to >= valid_from)
);
create index member_flag_member_idx on organisation.member_flag (member_id);

-- An uploaded file, parsed and checked, waiting to be committed; rows kept so the file is not needed again.
create table organisation.import_preview (
    id           uuid primary key,
    unit_id      uuid not null references organisation.unit (id),
    file_name    text not null,
    created_by   uuid,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    committed_at timestamptz,
    row_count    int not null,
    valid        boolean not null,
    rows         jsonb not null,
    report       jsonb not null
);
create index import_preview_expiry_idx on organisation.import_preview (expires_at);
