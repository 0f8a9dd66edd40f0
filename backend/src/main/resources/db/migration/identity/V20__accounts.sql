create schema identity;

-- R6: one account per member; an account may exist without login rights (login_enabled false, no password).
create table identity.account (
    id                   uuid primary key,
    member_id            uuid not null unique,
    username             text not null unique check (username = lower(username) and length(username) between 3 and 64),
    display_name         text not null,
    unit_id              uuid,
    password_hash        text,
    login_enabled        boolean not null default false,
    must_change_password boolean not null default false,
    failed_logins        integer not null default 0,
    locked_at            timestamptz,
    totp_secret          text,
    totp_enrolled_at     timestamptz,
    totp_last_step       bigint,
    last_login_at        timestamptz,
    created_at           timestamptz not null,
    version              integer not null default 0
);

-- A role held on an organisation node; applies to its subtree.
create table identity.account_grant (
    account_id uuid not null references identity.account (id) on delete cascade,
    role       text not null check (role in ('SECRETARY', 'DEPUTY_SECRETARY', 'CELL_COMMITTEE', 'GROUP_LEADER', 'REVIEWER', 'ADMIN')),
    unit_id    uuid not null,
    granted_at timestamptz not null,
    primary key (account_id, role, unit_id)
);

create index account_grant_unit on identity.account_grant (unit_id);

-- Single-use recovery codes, stored as SHA-256 of the normalised code (they are 50-bit random values).
create table identity.recovery_code (
    account_id uuid not null references identity.account (id) on delete cascade,
    code_hash  text not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);
