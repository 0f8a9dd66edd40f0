/**
 * Room: the live meeting room over STOMP/WebSocket — who is present now (Redis, with TTLs), the current
 * agenda item, the speaker queue, the chair's controls, per-meeting sequenced events fanned out across
 * nodes through Redis, and resumption of a reconnecting client without gaps or duplicates. The protocol is
 * docs/realtime-protocol.md. Its API: {@link vn.chibo.room.ParticipantJoined} and
 * {@link vn.chibo.room.ParticipantLeft} (attendance facts, through the event publication registry) and
 * {@link vn.chibo.room.SpeakingTurns} (PostgreSQL, schema {@code room}); it provides the conferencing module's
 * {@link vn.chibo.conferencing.LivePresence} (members present now) and other modules' sequenced events go
 * through {@link vn.chibo.room.RoomAnnouncements}.
 *
 * <h2>Redis key layout</h2>
 * Every key starts with the prefix {@code P} ({@code REDIS_KEY_PREFIX}, default {@code chibo:}); {@code {m}} is
 * a meeting id in braces (a hash tag). Every change is one Lua script ({@code RoomScripts}), so the state, the
 * sequence number, the stream entry and the publication of an event happen atomically; per-meeting keys expire
 * two days after the meeting's last event.
 * <pre>
 * P room:{m}:seq       string  last sequence number of the meeting's events (INCR, the same for every node)
 * P room:{m}:events    stream  the events, entry id {@code <seq>-0}, field {@code e} = the event JSON;
 *                              capped at about chibo.room.stream-length entries (resumption reads it)
 * P room:{m}:bus       channel every event JSON is PUBLISHed here; each node PSUBSCRIBEs {@code P room:{*}:bus}
 * P room:invalidate    channel a meeting id: every node drops its cached summary and access decisions for it
 * P room:{m}:room      hash    state (meeting state), locked ('1'/'0'), item (current agenda item JSON),
 *                              speaker (JSON: memberId, agendaItemId, startedAt)
 * P room:{m}:conns     hash    connection id → "memberId node role" for each connection present now
 * P room:{m}:devices   hash    member id → number of its connections present (a member counts once)
 * P room:{m}:people    hash    member id → participant JSON fragment (memberId, name, role) of everyone
 *                              present at some point (the snapshot's participants)
 * P room:{m}:hands     zset    member id scored by the request time (ms): the speaker queue
 * P room:{m}:removed   set     member ids removed by the chair: joins and subscriptions refused
 * P room:presence      zset    "meetingId connectionId" scored by the presence expiry (ms): heart-beats
 *                              push it forward (one Lua call per node per batch of up to 500 connections),
 *                              every node sweeps expired entries
 * P room:facts         list    join/leave facts (JSON) waiting to be handed to the attendance module;
 *                              removed once published in the event publication registry
 * </pre>
 * Connection ids are {@code <node>-<counter>} with a random node name per process start, so they are unique
 * across nodes and restarts. The scripts derive keys from the prefix and meeting id, so they need one Redis
 * (or Sentinel), not Redis Cluster.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Room")
package vn.chibo.room;
