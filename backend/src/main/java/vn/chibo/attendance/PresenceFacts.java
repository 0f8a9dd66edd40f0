package vn.chibo.attendance;

import java.sql.Timestamp;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.chibo.room.ParticipantJoined;
import vn.chibo.room.ParticipantLeft;

/**
 * Stores the live room's join/leave facts as they come (R10), once each however often they are delivered;
 * the attendance ledger merges them into intervals.
 */
@Component
class PresenceFacts {

    private static final String INSERT = """
            insert into attendance.presence_fact (event_key, source, kind, meeting_id, member_id, connection_id, role, cause,
                occurred_at)
            values (:key, 'room', :kind, :meeting, :member, :connection, :role, :cause, :at)
            on conflict (event_key) do nothing
            """;

    private final JdbcClient jdbc;

    PresenceFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ParticipantJoined joined) {
        store(joined.eventKey(), "JOIN", joined.meetingId().value(), joined.memberId(), joined.connectionId(),
                joined.role(), "joined", Timestamp.from(joined.at()));
    }

    @ApplicationModuleListener
    void on(ParticipantLeft left) {
        store(left.eventKey(), "LEAVE", left.meetingId().value(), left.memberId(), left.connectionId(), null,
                left.cause(), Timestamp.from(left.at()));
    }

    private void store(String key, String kind, UUID meeting, UUID member, String connection, String role,
            String cause, Timestamp at) {
        jdbc.sql(INSERT).param("key", key).param("kind", kind).param("meeting", meeting).param("member", member)
                .param("connection", connection).param("role", role).param("cause", cause).param("at", at).update();
    }
}
