package vn.chibo.conferencing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.chibo.meeting.MeetingId;

/** The webhooks as received (each once) and the anomalies they revealed. */
@Repository
class JdbcJitsiEvents {

    private static final String STORE = """
            insert into conferencing.jitsi_event (event_key, event_name, room_name, breakout_room_id, meeting_id,
                                                  payload, received_at)
            values (:key, :name, :room, :breakout, :meeting, cast(:payload as jsonb), :at)
            on conflict (event_key) do nothing
            """;

    private static final String ANOMALY = """
            insert into conferencing.jitsi_anomaly (id, anomaly_key, kind, meeting_id, room_name, breakout_room_id,
                    occupant_id, occupant_name, occupant_jid, first_event_key, first_seen_at, last_seen_at)
            values (:id, :key, :kind, :meeting, :room, :breakout, :occupantId, :occupantName, :occupantJid,
                    :eventKey, :at, :at)
            on conflict (anomaly_key) do update
            set occurrences = conferencing.jitsi_anomaly.occurrences + 1, last_seen_at = excluded.last_seen_at
            """;

    private static final String ANOMALIES_OF = """
            select kind, room_name, breakout_room_id, occupant_id, occupant_name, occupant_jid, first_seen_at,
                   last_seen_at, occurrences
            from conferencing.jitsi_anomaly where meeting_id = :meeting order by first_seen_at, anomaly_key
            """;

    enum AnomalyKind { UNKNOWN_ROOM, UNKNOWN_OCCUPANT }

    /** What the secretary sees: never attendance, something to look into. */
    record Anomaly(AnomalyKind kind, String roomName, String breakoutRoomId, String occupantId, String occupantName,
            String occupantJid, Instant firstSeenAt, Instant lastSeenAt, int occurrences) {
    }

    private final JdbcClient jdbc;

    JdbcJitsiEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when an event with this key was stored before (a retry or a duplicate). */
    boolean store(SyncEvent event, MeetingId meeting, String payload, Instant at) {
        return jdbc.sql(STORE).param("key", event.key()).param("name", event.kind().eventName)
                .param("room", event.roomName()).param("breakout", event.breakoutRoomId())
                .param("meeting", meeting == null ? null : meeting.value()).param("payload", payload)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    void unknownRoom(SyncEvent event, Instant at) {
        anomaly("UNKNOWN_ROOM|" + event.roomName(), AnomalyKind.UNKNOWN_ROOM, null, event, null, at);
    }

    void unknownOccupant(SyncEvent event, MeetingId meeting, SyncEvent.Occupant occupant, Instant at) {
        anomaly("UNKNOWN_OCCUPANT|" + event.roomName() + "|" + event.breakoutRoomId() + "|" + occupant.occupantJid()
                + "|" + occupant.id(), AnomalyKind.UNKNOWN_OCCUPANT, meeting, event, occupant, at);
    }

    private void anomaly(String key, AnomalyKind kind, MeetingId meeting, SyncEvent event, SyncEvent.Occupant occupant,
            Instant at) {
        jdbc.sql(ANOMALY).param("id", UUID.randomUUID()).param("key", key).param("kind", kind.name())
                .param("meeting", meeting == null ? null : meeting.value()).param("room", event.roomName())
                .param("breakout", event.breakoutRoomId())
                .param("occupantId", occupant == null ? null : occupant.id())
                .param("occupantName", occupant == null ? null : occupant.name())
                .param("occupantJid", occupant == null ? null : occupant.occupantJid())
                .param("eventKey", event.key()).param("at", Timestamp.from(at)).update();
    }

    List<Anomaly> anomaliesOf(MeetingId meeting) {
        return jdbc.sql(ANOMALIES_OF).param("meeting", meeting.value()).query((rs, n) -> new Anomaly(
                AnomalyKind.valueOf(rs.getString("kind")), rs.getString("room_name"), rs.getString("breakout_room_id"),
                rs.getString("occupant_id"), rs.getString("occupant_name"), rs.getString("occupant_jid"),
                rs.getTimestamp("first_seen_at").toInstant(), rs.getTimestamp("last_seen_at").toInstant(),
                rs.getInt("occurrences"))).list();
    }
}
