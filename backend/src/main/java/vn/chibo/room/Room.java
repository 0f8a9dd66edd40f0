package vn.chibo.room;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.socket.CloseStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.chibo.meeting.AgendaItemSummary;
import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingLifecycle;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.shared.audit.Auditor;

/**
 * What happens in a room: presence of connections, the speaker queue and the chair's controls. Every change
 * goes through one Lua script ({@link RoomStore}) that also sequences and publishes its event; speaking turns
 * are recorded in PostgreSQL in the same breath; join/leave facts go to the attendance module ({@link FactRelay}).
 */
@Service
class Room {

    static final CloseStatus REMOVED = new CloseStatus(4001, "removed-from-meeting");

    private static final Logger log = LoggerFactory.getLogger(Room.class);

    private final RoomStore store;
    private final Connections connections;
    private final FactRelay facts;
    private final Meetings meetings;
    private final MeetingLifecycle lifecycle;
    private final JdbcSpeakingTurns turns;
    private final TransactionTemplate transactions;
    private final Auditor auditor;
    private final JsonMapper json;
    private final Clock clock;
    /** Resolved once: looking a bean up is no cost to pay on every frame. */
    private final Supplier<SessionRepository<? extends Session>> httpSessions;
    private final RoomInvalidations invalidations;

    Room(RoomStore store, Connections connections, FactRelay facts, Meetings meetings, MeetingLifecycle lifecycle,
            JdbcSpeakingTurns turns, TransactionTemplate transactions, Auditor auditor, JsonMapper json,
            Clock clock, ObjectProvider<SessionRepository<? extends Session>> httpSessions,
            RoomInvalidations invalidations) {
        this.httpSessions = SingletonSupplier.ofNullable(httpSessions::getIfAvailable);
        this.invalidations = invalidations;
        this.store = store;
        this.connections = connections;
        this.facts = facts;
        this.meetings = meetings;
        this.lifecycle = lifecycle;
        this.turns = turns;
        // Floor changes commit on their own: a refused one ("nobody has the floor") must not mark the caller's
        // transaction — e.g. the listener that ends a meeting and hands its leave facts over — rollback-only.
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.auditor = auditor;
        this.json = json;
        this.clock = clock;
    }

    // presence

    Map<String, Object> join(Access access, String sessionId) {
        var local = local(sessionId);
        var meeting = access.meeting();
        if (meeting.state() != MeetingState.OPEN && meeting.state() != MeetingState.IN_PROGRESS) {
            throw RoomRefusal.notOpen();
        }
        var previous = local.joined;
        if (previous != null && !previous.meeting().equals(meeting.id())) {
            leave(local, "left");
        }
        var joined = new Connections.Joined(meeting.id(), access.memberId(), access.role(), person(access),
                access.manage());
        // one round trip: the script also records the meeting's state when the room has none yet
        var outcome = store.join(meeting.id(), local.connectionId, joined.member(), connections.node, joined.role(),
                joined.person(), joined.bypassLock(), meeting.state().name());
        local.joined = joined;
        local.refreshedAt = clock.millis();
        facts.handOver(outcome.facts());
        var reply = new LinkedHashMap<String, Object>();
        reply.put("type", "joined");
        reply.put("meetingId", meeting.id().toString());
        reply.put("connectionId", local.connectionId);
        reply.put("role", access.role());
        reply.put("seq", outcome.seq());
        return reply;
    }

    Map<String, Object> leave(Access access, String sessionId) {
        var local = local(sessionId);
        var joined = local.joined;
        var connectionId = local.connectionId;
        if (joined != null && joined.meeting().equals(access.meeting().id())) {
            leave(local, "left");
        }
        return Map.of("type", "left", "meetingId", access.meeting().id().toString(), "connectionId", connectionId);
    }

    /** The WebSocket closed (whatever the reason): its presence ends now rather than at the TTL. */
    void disconnected(String sessionId) {
        var local = connections.closed(sessionId);
        if (local == null || local.joined == null) {
            return;
        }
        try {
            leave(local, "disconnected");
        }
        catch (RuntimeException e) {
            log.warn("Presence of a closed connection stays until it expires: {}", e.toString());
        }
    }

    static final CloseStatus SESSION_ENDED = new CloseStatus(4401, "authentication-required");

    /**
     * Whether the HTTP session behind the connection still exists (logout, logout everywhere, a role change or
     * expiry end it on every node); looked up in Redis when the last look-up is older than {@code checkEvery}
     * ms: at once (0) for every SUBSCRIBE and SEND, so that no command acts after a logout, at most every
     * {@link Connections#SESSION_CHECK_EVERY} otherwise. The end of a session also reaches every node as an
     * event ({@link #httpSessionEnded}) and closes its connections at once, so the periodic look-up is a backstop,
     * spread over time so that thousands of connections opened together do not all ask Redis in the same second.
     * A connection whose session ended is closed.
     */
    boolean sessionEnded(String sessionId, long checkEvery) {
        var local = connections.get(sessionId);
        if (local == null || local.httpSessionId == null) {
            return false;
        }
        var time = clock.millis();
        if (checkEvery > 0 && time - local.httpSessionCheckedAt < checkEvery) {
            return false;
        }
        var sessions = httpSessions.get();
        if (sessions == null) {
            return false;
        }
        local.httpSessionCheckedAt = time;
        try {
            if (sessions.findById(local.httpSessionId) != null) {
                return false;
            }
        }
        catch (RuntimeException e) {
            return false;
        }
        connections.close(local, SESSION_ENDED);
        return true;
    }

    /** The HTTP session ended (Spring Session tells every node): this node's connections made with it close. */
    void httpSessionEnded(String httpSessionId) {
        for (var local : connections.all()) {
            if (httpSessionId.equals(local.httpSessionId)) {
                connections.close(local, SESSION_ENDED);
            }
        }
    }

    /** Any frame from a connection keeps its presence alive; {@link PresenceHeartbeats} refreshes it in batches. */
    void heardFrom(String sessionId) {
        var local = connections.get(sessionId);
        if (local != null) {
            local.heardAt = clock.millis();
        }
    }

    /** The connection was swept (a pause longer than the TTL, or Redis lost it): it is present again, anew. */
    void rejoin(Connections.Local local, Connections.Joined joined) {
        local.connectionId = connections.newConnectionId();
        try {
            var outcome = store.join(joined.meeting(), local.connectionId, joined.member(), connections.node,
                    joined.role(), joined.person(), joined.bypassLock(), null);
            facts.handOver(outcome.facts());
        }
        catch (RoomRefusal refused) {
            local.joined = null;
        }
    }

    private void leave(Connections.Local local, String cause) {
        var joined = local.joined;
        local.joined = null;
        if (joined != null) {
            facts.handOver(store.leave(joined.meeting(), local.connectionId, cause).facts());
        }
    }

    // speaker queue

    void raiseHand(Access access, String sessionId) {
        if (access.observer()) {
            throw RoomRefusal.observerCannotSpeak();
        }
        store.raiseHand(access.meeting().id(), joinedConnection(access, sessionId), access.memberId());
    }

    void lowerHand(Access access, String sessionId) {
        store.lowerHand(access.meeting().id(), joinedConnection(access, sessionId), access.memberId());
    }

    // the chair's controls (the interceptor has checked that the actor manages the meeting)

    void open(Access access) {
        announce(lifecycle.open(access.meeting().id(), access.actor()));
    }

    void start(Access access) {
        announce(lifecycle.start(access.meeting().id(), access.actor()));
    }

    void end(Access access) {
        var ended = lifecycle.end(access.meeting().id(), access.actor());
        ended(ended);
    }

    /** The meeting ended (from the room or elsewhere): the floor ends, everyone leaves, the state is told. */
    void ended(MeetingSummary meeting) {
        var id = meeting.id();
        try {
            endFloor(id);
        }
        catch (RoomRefusal nobodySpeaks) {
            // nothing to end
        }
        invalidations.meeting(id);
        facts.handOver(store.endAll(id).facts());
        connections.inMeeting(id).forEach(l -> l.joined = null);
        announce(meeting);
    }

    /**
     * The meeting's state as the meeting module has it now: decisions made before are dropped here at once, and
     * on every node when the state-change event reaches it ({@link RoomBus}).
     */
    void announce(MeetingSummary meeting) {
        invalidations.meeting(meeting.id());
        store.state(meeting.id(), meeting.state().name(), true);
    }

    void agenda(Access access, UUID itemId) {
        var id = access.meeting().id();
        if (itemId == null) {
            store.agenda(id, "null");
            return;
        }
        var item = meetings.agenda(id).stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(RoomRefusal::noSuchAgendaItem);
        store.agenda(id, json.writeValueAsString(itemView(item)));
    }

    void lock(Access access, boolean locked) {
        store.lock(access.meeting().id(), locked);
    }

    void giveFloor(Access access, UUID memberId) {
        var id = access.meeting().id();
        var now = now();
        var item = currentItemId(id);
        var speaker = new LinkedHashMap<String, Object>();
        speaker.put("memberId", memberId.toString());
        speaker.put("agendaItemId", item == null ? null : item.toString());
        speaker.put("startedAt", now.toString());
        transactions.executeWithoutResult(status -> {
            turns.lock(id);
            turns.endRunning(id, now);
            turns.start(id, memberId, item, now);
            store.giveFloor(id, memberId, json.writeValueAsString(speaker), now);
        });
    }

    void endFloor(Access access) {
        endFloor(access.meeting().id());
    }

    private void endFloor(MeetingId id) {
        var now = now();
        transactions.executeWithoutResult(status -> {
            turns.lock(id);
            turns.endRunning(id, now);
            store.endFloor(id, now);
        });
    }

    void remove(Access access, UUID memberId, String reason) {
        var id = access.meeting().id();
        var speaker = store.snapshot(id).path("speaker");
        if (speaker.isObject() && memberId.toString().equals(speaker.path("memberId").asString())) {
            endFloor(id);
        }
        auditor.record("participant-removed", "meeting", id, access.meeting().unitId(),
                Map.of("memberId", memberId.toString(), "reason", reason == null ? "" : reason));
        invalidations.meeting(id);
        facts.handOver(store.remove(id, memberId, reason == null ? "" : reason).facts());
        closeRemoved(id, memberId);
    }

    /** A member was removed (on any node): this node's connections of theirs close. */
    void closeRemoved(MeetingId id, UUID memberId) {
        for (var local : connections.of(id, memberId)) {
            local.joined = null;
            connections.close(local, REMOVED);
        }
    }

    // reading

    JsonNode snapshot(Access access) {
        var meeting = access.meeting();
        store.state(meeting.id(), meeting.state().name(), false);
        var state = store.snapshot(meeting.id());
        var snapshot = json.createObjectNode();
        snapshot.put("type", "snapshot");
        snapshot.put("seq", state.path("seq").asLong());
        snapshot.put("meetingId", meeting.id().toString());
        snapshot.put("title", meeting.title());
        snapshot.put("state", state.path("state").isString() ? state.path("state").asString() : meeting.state().name());
        snapshot.put("locked", state.path("locked").asBoolean());
        snapshot.set("currentItem", state.path("currentItem"));
        var agenda = snapshot.putArray("agenda");
        meetings.agenda(meeting.id()).forEach(item -> agenda.addPOJO(itemView(item)));
        snapshot.set("participants", state.path("participants"));
        var queue = snapshot.putArray("queue");
        state.path("queue").forEach(hand -> queue.addObject().put("memberId", hand.path("memberId").asString())
                .put("raisedAt", Instant.ofEpochMilli(hand.path("raisedAtMs").asLong()).toString()));
        snapshot.set("speaker", state.path("speaker"));
        var you = snapshot.putObject("you");
        you.put("memberId", access.memberId() == null ? null : access.memberId().toString());
        you.put("role", access.role());
        you.put("manage", access.manage());
        return snapshot;
    }

    JsonNode since(Access access, long lastSeq) {
        var missed = store.since(access.meeting().id(), lastSeq);
        if (missed != null) {
            return json.readTree(missed);
        }
        ObjectNode resync = json.createObjectNode();
        resync.put("type", "resync");
        resync.set("snapshot", snapshot(access));
        return resync;
    }

    // helpers

    private Connections.Local local(String sessionId) {
        var local = connections.get(sessionId);
        if (local == null) {
            throw RoomRefusal.notJoined();
        }
        return local;
    }

    private String joinedConnection(Access access, String sessionId) {
        var local = local(sessionId);
        var joined = local.joined;
        if (joined == null || !joined.meeting().equals(access.meeting().id())) {
            throw RoomRefusal.notJoined();
        }
        return local.connectionId;
    }

    private UUID currentItemId(MeetingId id) {
        var item = store.snapshot(id).path("currentItem");
        return item.isObject() ? UUID.fromString(item.path("id").asString()) : null;
    }

    private String person(Access access) {
        var name = access.actor().displayName() == null ? access.actor().username() : access.actor().displayName();
        return "\"memberId\":\"" + access.memberId() + "\",\"name\":" + json.writeValueAsString(name)
                + ",\"role\":\"" + access.role() + "\"";
    }

    private static Map<String, Object> itemView(AgendaItemSummary item) {
        var view = new LinkedHashMap<String, Object>();
        view.put("id", item.id().toString());
        view.put("position", item.position());
        view.put("title", item.title());
        view.put("type", item.type().name());
        return view;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
