package vn.chibo.conferencing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.chibo.meeting.MeetingId;

/** Reconciliations whose counts disagreed. */
@Repository
class JdbcDiscrepancies {

    private static final String INSERT = """
            insert into conferencing.jitsi_discrepancy (id, meeting_id, room_name, checked_at, jitsi_count,
                                                        webhook_count, presence_count)
            values (:id, :meeting, :room, :at, :jitsi, :webhook, :presence)
            """;

    private static final String OF_MEETING = """
            select checked_at, jitsi_count, webhook_count, presence_count from conferencing.jitsi_discrepancy
            where meeting_id = :meeting order by checked_at
            """;

    /** {@code jitsiCount} null: Jitsi has no such room; {@code presenceCount} null: the live room did not say. */
    record Discrepancy(Instant checkedAt, Integer jitsiCount, int webhookCount, Integer presenceCount) {
    }

    private final JdbcClient jdbc;

    JdbcDiscrepancies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(MeetingId meeting, String room, Discrepancy discrepancy) {
        jdbc.sql(INSERT).param("id", UUID.randomUUID()).param("meeting", meeting.value()).param("room", room)
                .param("at", Timestamp.from(discrepancy.checkedAt())).param("jitsi", discrepancy.jitsiCount())
                .param("webhook", discrepancy.webhookCount()).param("presence", discrepancy.presenceCount()).update();
    }

    List<Discrepancy> ofMeeting(MeetingId meeting) {
        return jdbc.sql(OF_MEETING).param("meeting", meeting.value()).query((rs, n) -> new Discrepancy(
                rs.getTimestamp("checked_at").toInstant(), (Integer) rs.getObject("jitsi_count"),
                rs.getInt("webhook_count"), (Integer) rs.getObject("presence_count"))).list();
    }
}
