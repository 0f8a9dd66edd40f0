-- A member's personal ICS feed: only the SHA-256 of the random token is stored, so a copy of the database
-- does not hand out working feed URLs. Revoking deletes the row; re-issuing replaces the token.
create table meeting.calendar_feed (
    member_id   uuid primary key,
    token_hash  text not null unique,
    issued_at   timestamptz not null
);
