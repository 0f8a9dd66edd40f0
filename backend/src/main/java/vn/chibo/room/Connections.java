package vn.chibo.room;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

import vn.chibo.meeting.MeetingId;

/**
 * The WebSocket connections this node holds: the only per-connection state, kept tiny (the session, a
 * connection id, the meeting it joined and when its presence was last refreshed). Everything shared lives in
 * Redis, so a connection may come back on any node.
 */
@Component
class Connections {

    /** Where a connection is present: enough to refresh or re-create its presence without asking anyone. */
    record Joined(MeetingId meeting, UUID member, String role, String person, boolean bypassLock) {
    }

    static final class Local {

        final WebSocketSession session;
        /** The HTTP session the handshake was authenticated with: the connection lives only as long as it. */
        final String httpSessionId;
        volatile long httpSessionCheckedAt;
        volatile String connectionId;
        volatile Joined joined;
        volatile long refreshedAt;
        /** When a frame last came in (presence is refreshed from it in batches, see {@link PresenceHeartbeats}). */
        volatile long heardAt;
        /** This connection's access decisions, by meeting ({@link RoomDecisions}). */
        final Map<MeetingId, RoomDecisions.Decision> decisions = new ConcurrentHashMap<>(2);

        Local(WebSocketSession session, String connectionId) {
            this.session = session;
            this.connectionId = connectionId;
            var id = session.getAttributes().get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
            this.httpSessionId = id == null ? null : id.toString();
            // spread the backstop checks of connections opened together (Room.sessionEnded)
            this.httpSessionCheckedAt = System.currentTimeMillis()
                    - java.util.concurrent.ThreadLocalRandom.current().nextLong(SESSION_CHECK_EVERY / 2);
        }
    }

    /** How often a connection's HTTP session is looked up at most when no frame asks for it (a backstop). */
    static final long SESSION_CHECK_EVERY = 300_000;

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    final String node;
    private final AtomicLong counter = new AtomicLong();
    private final ConcurrentHashMap<String, Local> bySession = new ConcurrentHashMap<>();

    Connections() {
        var random = new SecureRandom();
        var name = new StringBuilder("n");
        for (int i = 0; i < 7; i++) {
            name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        this.node = name.toString();
    }

    void opened(WebSocketSession session) {
        bySession.put(session.getId(), new Local(session, newConnectionId()));
    }

    /** Unique across nodes and restarts: the node's random name and a counter. */
    String newConnectionId() {
        return node + "-" + Long.toString(counter.incrementAndGet(), 36);
    }

    Local closed(String sessionId) {
        return bySession.remove(sessionId);
    }

    Local get(String sessionId) {
        return sessionId == null ? null : bySession.get(sessionId);
    }

    Collection<Local> all() {
        return bySession.values();
    }

    int size() {
        return bySession.size();
    }

    List<Local> inMeeting(MeetingId meeting) {
        return bySession.values().stream().filter(l -> {
            var joined = l.joined;
            return joined != null && joined.meeting().equals(meeting);
        }).toList();
    }

    List<Local> of(MeetingId meeting, UUID member) {
        return bySession.values().stream().filter(l -> {
            var joined = l.joined;
            return joined != null && joined.meeting().equals(meeting) && joined.member().equals(member);
        }).toList();
    }

    void close(Local local, CloseStatus status) {
        try {
            local.session.close(status);
        }
        catch (IOException | RuntimeException e) {
            // already closing
        }
    }
}
