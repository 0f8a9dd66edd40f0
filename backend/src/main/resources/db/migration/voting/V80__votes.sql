-- Votes on agenda items (R13–R17, R25). See docs/voting.md for the secret-ballot design.
create schema if not exists voting;

-- A vote: opened by the chair, closed once. The result columns are filled by the close and never change after
-- (trigger below). The denominator (R14) and its breakdown are frozen at the opening.
create table voting.vote (
    id                  uuid primary key,
    meeting_id          uuid not null,
    agenda_item_id      uuid not null,
    unit_id             uuid not null,
    cell_id             uuid not null,
    subject             text not null,
    decision_type       text not null,
    mode                text not null check (mode in ('OPEN', 'SECRET')),
    person_name         text,
    cell_wide           boolean not null,
    state               text not null check (state in ('OPEN', 'CLOSED', 'CANCELLED')),
    opened_at           timestamptz not null,
    opened_by           text not null,
    denominator         integer not null,
    denominator_detail  jsonb not null,
    eligible            integer not null,
    closed_at           timestamptz,
    closed_by           text,
    yes                 integer,
    no                  integer,
    abstain             integer,
    passed              boolean,
    ballots_digest      text,
    check (state <> 'CLOSED' or (closed_at is not null and yes is not null and no is not null and abstain is not null
                                 and passed is not null))
);

create index vote_meeting on voting.vote (meeting_id, opened_at);
-- one vote at a time per meeting
create unique index vote_one_open_per_meeting on voting.vote (meeting_id) where state = 'OPEN';

-- The electorate frozen at the opening: everyone of the meeting's unit with whether they may cast and why not
-- (R10, R13). Written once by the opening transaction.
create table voting.elector (
    vote_id     uuid not null references voting.vote (id),
    member_id   uuid not null,
    full_name   text not null,
    may_cast    boolean not null,
    reason      text,
    primary key (vote_id, member_id)
);

-- Open votes: each member's choice (R16). The primary key is what makes a second ballot impossible.
create table voting.open_ballot (
    vote_id     uuid not null,
    member_id   uuid not null,
    choice      text not null check (choice in ('YES', 'NO', 'ABSTAIN')),
    cast_at     timestamptz not null,
    primary key (vote_id, member_id),
    foreign key (vote_id, member_id) references voting.elector (vote_id, member_id)
);

-- Secret ballots while the vote is open (working tables, emptied by the close):
-- who has cast (the primary key refuses a second ballot) — no time, no choice, no receipt;
create table voting.secret_mark (
    vote_id     uuid not null,
    member_id   uuid not null,
    primary key (vote_id, member_id),
    foreign key (vote_id, member_id) references voting.elector (vote_id, member_id)
);

-- and the ballot box: one slot per eligible member created at the opening, each with a random receipt; a cast
-- fills a free slot chosen at random. No member, no time.
create table voting.secret_slot (
    vote_id     uuid not null references voting.vote (id),
    receipt     text not null,
    choice      text check (choice in ('YES', 'NO', 'ABSTAIN')),
    primary key (vote_id, receipt)
);

-- Secret ballots after the close, both written by the closing transaction in orders unrelated to the casting:
-- who took part (by member id) and the published ballots (by receipt).
create table voting.secret_voter (
    vote_id     uuid not null references voting.vote (id),
    member_id   uuid not null,
    primary key (vote_id, member_id)
);

create table voting.secret_ballot (
    vote_id     uuid not null references voting.vote (id),
    receipt     text not null,
    choice      text not null check (choice in ('YES', 'NO', 'ABSTAIN')),
    primary key (vote_id, receipt)
);

create function voting.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'votes are append-only once recorded (%.%)', tg_table_schema, tg_table_name;
end;
$$;

-- A closed or cancelled vote never changes and no vote is ever deleted.
create function voting.guard_vote() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'votes are never deleted (voting.vote %)', old.id;
    end if;
    if old.state <> 'OPEN' then
        raise exception 'a closed vote is immutable (voting.vote %)', old.id;
    end if;
    return new;
end;
$$;

create trigger vote_guard before update or delete on voting.vote
    for each row execute function voting.guard_vote();
create trigger elector_append_only before update or delete on voting.elector
    for each row execute function voting.refuse_change();
create trigger open_ballot_append_only before update or delete on voting.open_ballot
    for each row execute function voting.refuse_change();
create trigger secret_voter_append_only before update or delete on voting.secret_voter
    for each row execute function voting.refuse_change();
create trigger secret_ballot_append_only before update or delete on voting.secret_ballot
    for each row execute function voting.refuse_change();
